// Deployment settings of the admin page. Locally the runtime serves the review
// function at /api/functions/review. In production set reviewEndpoint to the
// review function's 云开发 HTTP-access URL, e.g.
//   https://<env-id>.service.tcloudbase.com/review
window.ICP_CONFIG = { reviewEndpoint: '/api/functions/review' }

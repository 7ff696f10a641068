// The password KDF lives in cloud/auth (shared with the review function's login).
export { hashPassword, passwordProblem, verifyPassword } from '../../cloud/auth/password'

import cloud from 'wx-server-sdk'

let initialised = false

/**
 * The one place that initialises wx-server-sdk. In WeChat cloud it binds to the
 * current environment; under the local runtime (which sets
 * ICP_LOCAL_SERVICE_URL) the same SDK is pointed at the runtime, so database
 * calls take the production code path against the embedded store.
 */
export function wxCloud(): typeof cloud {
  if (!initialised) {
    const serviceUrl = process.env.ICP_LOCAL_SERVICE_URL
    const config = serviceUrl
      ? // serviceUrl is an SDK option missing from its typings.
        { env: process.env.ICP_LOCAL_ENV ?? 'local', serviceUrl, secretId: 'local', secretKey: 'local' }
      : // DYNAMIC_CURRENT_ENV is a symbol at run time although typed as a string.
        { env: cloud.DYNAMIC_CURRENT_ENV as unknown as string }
    cloud.init(config as Parameters<typeof cloud.init>[0])
    initialised = true
  }
  return cloud
}

export const database = () => wxCloud().database()

export type Database = ReturnType<typeof database>

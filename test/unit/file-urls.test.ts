import { checkLocalUrl, localFileName, signLocalUrl } from '../../cloud/storage/file-urls'

/** The signed local file URLs: the name, the expiry and the secret are all bound by the signature. */
describe('short-lived local file URLs', () => {
  const secret = 'a'.repeat(64)
  const name = 'uploads/0123456789abcdef0123456789abcdef.jpg'
  const now = new Date('2026-12-01T08:00:00Z')
  const parts = (url: string) => {
    const u = new URL(url, 'http://x')
    return { file: `uploads/${u.pathname.split('/').pop()}`, exp: u.searchParams.get('exp') ?? undefined, sig: u.searchParams.get('sig') ?? undefined }
  }

  it('works until it expires, then says so', () => {
    const { file, exp, sig } = parts(signLocalUrl(secret, name, now, 600))
    expect(file).toBe(name)
    expect(checkLocalUrl(secret, file, exp, sig, new Date(now.getTime() + 599_000))).toEqual({ ok: true })
    expect(checkLocalUrl(secret, file, exp, sig, new Date(now.getTime() + 601_000))).toMatchObject({ ok: false, code: 'FILE.URL_EXPIRED' })
  })

  it('refuses another file, a later expiry, another secret and malformed parameters', () => {
    const { exp, sig } = parts(signLocalUrl(secret, name, now, 600))
    const other = 'uploads/ffffffffffffffffffffffffffffffff.jpg'
    expect(checkLocalUrl(secret, other, exp, sig, now)).toMatchObject({ code: 'FILE.URL_INVALID' })
    expect(checkLocalUrl(secret, name, String(Number(exp) + 1), sig, now)).toMatchObject({ code: 'FILE.URL_INVALID' })
    expect(checkLocalUrl('b'.repeat(64), name, exp, sig, now)).toMatchObject({ code: 'FILE.URL_INVALID' })
    for (const [e, s] of [[undefined, sig], [exp, undefined], ['1e9', sig], [exp, 'zz'], [exp, sig!.slice(2)]]) expect(checkLocalUrl(secret, name, e, s, now)).toMatchObject({ ok: false, code: 'FILE.URL_INVALID' })
  })

  it('only names stored uploads', () => {
    expect(localFileName('cloud://local.files/uploads/0123456789abcdef0123456789abcdef.png')).toBe('uploads/0123456789abcdef0123456789abcdef.png')
    for (const id of ['cloud://local.files/uploads/../secret.jpg', 'cloud://local.files/intake/x.jpg', 'cloud://env.bucket/uploads/0123456789abcdef0123456789abcdef.jpg']) expect(localFileName(id)).toBeNull()
  })
})

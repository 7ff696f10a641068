import type { Order } from '../../types/order'
import { AppFailure } from '../../types/result'
import type { ActionContext } from '../../cloud/kernel/define-function'
import { sdkGatewayForSuite } from '../support/sdk-gateway'
import { completePersonalOrder } from '../support/orders'

/** 扫码继续: single-use, short-lived QR handoffs that never carry the order id. */
describe('QR handoff (createHandoff / redeemHandoff)', () => {
  const gateway = sdkGatewayForSuite('handoff')
  const T = new Date('2026-11-22T08:00:00Z')
  const ctx = (openid: string, now = T): ActionContext => ({ caller: { kind: 'applicant', openid }, now, requestId: 't' })
  const failure = async (p: Promise<unknown>) => {
    try {
      await p
    } catch (e) {
      if (e instanceof AppFailure) return e.error
      throw e
    }
    throw new Error('expected a refusal')
  }

  beforeAll(async () => {
    process.env.ICP_PUBLIC_URL = 'http://127.0.0.1:9999'
    const order: Order = completePersonalOrder()
    await gateway.db().collection('orders').add({ data: { ...order, verification: null } })
  })
  afterAll(() => {
    delete process.env.ICP_PUBLIC_URL
  })

  it('creates a scene of at most 32 characters that does not contain the order id, with a QR of the H5 link', async () => {
    const { createHandoff } = await import('../../cloud/handoff/handoff-actions')
    const h = await createHandoff.run({ orderId: 'order-1', step: 'verification' }, ctx('openid-zhang'))
    expect(h.scene.length).toBeLessThanOrEqual(32)
    expect(h.scene).not.toContain('order-1')
    expect(h.link).toBe(`http://127.0.0.1:9999/#/packages/filing/handoff/index?scene=${encodeURIComponent(h.scene)}`)
    expect(h.qrImage).toMatch(/^data:image\/png;base64,/)
    const jsQR = (await import('jsqr')).default
    const sharp = (await import('sharp')).default
    const { data, info } = await sharp(Buffer.from(h.qrImage.split(',')[1], 'base64')).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(h.link)
  })

  it('only the owner can create one', async () => {
    const { createHandoff } = await import('../../cloud/handoff/handoff-actions')
    expect((await failure(createHandoff.run({ orderId: 'order-1', step: 'subject' }, ctx('openid-other')))).code).toBe('ORDER.NOT_FOUND')
  })

  it('a verification handoff lets the scanner record 真实性核验 and nothing else, once', async () => {
    const { createHandoff, redeemHandoff } = await import('../../cloud/handoff/handoff-actions')
    const { OrderRepository } = await import('../../cloud/orders/order-repository')
    const h = await createHandoff.run({ orderId: 'order-1', step: 'verification' }, ctx('openid-zhang'))
    expect(await redeemHandoff.run({ scene: h.scene }, ctx('openid-phone'))).toEqual({ orderId: 'order-1', step: 'verification', scope: 'VERIFY' })
    const repo = new OrderRepository(gateway.db())
    const order = await repo.getOwn('order-1', 'openid-phone')
    expect(order.events.at(-1)).toMatchObject({ type: 'AccessGranted', actor: { kind: 'system' }, data: { scope: 'VERIFY' } })
    const phone = { kind: 'applicant' as const, openid: 'openid-phone' }
    await repo.apply(order, { type: 'RecordVerification', actor: phone, verification: { status: 'PASSED', fileID: 'cloud://f/9.jpg', problems: [], checkedAt: T.toISOString() } }, T)
    const refused = await failure(repo.apply(await repo.get('order-1'), { type: 'SaveSubject', actor: phone, subject: {} }, T))
    expect(refused.code).toBe('ORDER.NOT_FOUND')
    // Reused: refused, whoever tries.
    expect((await failure(redeemHandoff.run({ scene: h.scene }, ctx('openid-third')))).code).toBe('HANDOFF.USED')
    expect((await failure(redeemHandoff.run({ scene: h.scene }, ctx('openid-phone')))).code).toBe('HANDOFF.USED')
  })

  it('an expired handoff is refused, and an unknown one is invalid', async () => {
    const { createHandoff, redeemHandoff } = await import('../../cloud/handoff/handoff-actions')
    const h = await createHandoff.run({ orderId: 'order-1', step: 'subject' }, ctx('openid-zhang'))
    const later = new Date(T.getTime() + 10 * 60 * 1000 + 1)
    const expired = await failure(redeemHandoff.run({ scene: h.scene }, ctx('openid-laptop', later)))
    expect(expired).toMatchObject({ code: 'HANDOFF.EXPIRED', message: expect.stringContaining('已过期') })
    expect((await failure(redeemHandoff.run({ scene: 'h=AAAAAAAAAAAAAAAAAAAAAAAA' }, ctx('openid-laptop')))).code).toBe('HANDOFF.INVALID')
  })

  it('a continue handoff lets the other device edit and submit, but not abandon', async () => {
    const { createHandoff, redeemHandoff } = await import('../../cloud/handoff/handoff-actions')
    const { OrderRepository } = await import('../../cloud/orders/order-repository')
    const h = await createHandoff.run({ orderId: 'order-1', step: 'websites' }, ctx('openid-zhang'))
    expect(await redeemHandoff.run({ scene: h.scene }, ctx('openid-laptop'))).toMatchObject({ step: 'websites', scope: 'CONTINUE' })
    const repo = new OrderRepository(gateway.db())
    const laptop = { kind: 'applicant' as const, openid: 'openid-laptop' }
    const order = await repo.get('order-1')
    expect((await repo.listOwn('openid-laptop')).map((o) => o._id)).toEqual(['order-1'])
    await repo.apply(order, { type: 'SaveSubject', actor: laptop, subject: order!.subject }, T)
    expect((await failure(repo.apply(await repo.get('order-1'), { type: 'Abandon', actor: laptop }, T))).code).toBe('ORDER.NOT_FOUND')
  })

  it('files the delegate uploaded stay usable by the owner; a stranger\'s file is refused', async () => {
    const { saveMaterials } = await import('../../cloud/filing/order-actions')
    const db = gateway.db()
    await db.collection('files').add({ data: { _id: 'f-laptop', fileID: 'cloud://local.files/uploads/laptop.jpg', owner: 'openid-laptop' } })
    await db.collection('files').add({ data: { _id: 'f-stranger', fileID: 'cloud://local.files/uploads/stranger.jpg', owner: 'openid-stranger' } })
    const byLaptop = await saveMaterials.run({ orderId: 'order-1', materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: 'cloud://local.files/uploads/laptop.jpg' }] }, ctx('openid-laptop'))
    expect(byLaptop.materials).toHaveLength(1)
    const byOwner = await saveMaterials.run({ orderId: 'order-1', materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: 'cloud://local.files/uploads/laptop.jpg' }] }, ctx('openid-zhang'))
    expect(byOwner.materials[0].uploadedAt).toBe(byLaptop.materials[0].uploadedAt)
    const refused = await failure(saveMaterials.run({ orderId: 'order-1', materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_BACK', fileID: 'cloud://local.files/uploads/stranger.jpg' }] }, ctx('openid-zhang')))
    expect(refused).toMatchObject({ code: 'FILE.NOT_FOUND', field: 'materials.0.fileID' })
  })
})

/**
 * The sandbox MIIT site's 短信核验 pages, as beian.miit.gov.cn offers them
 * (短信核验 / 短信重发). Plain HTML served by the local runtime; the forms post
 * to /api/sandbox/miit/<verify|resend>, which runs the `sms` function's
 * sandbox actions. Nothing here exists in production.
 */
const page = (title: string, body: string, script: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} — 工信部ICP/IP地址/域名信息备案管理系统（沙箱）</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f3f6fb;color:#1f2d3d}
header{background:#1d4f91;color:#fff;padding:14px 20px;font-size:18px}header small{opacity:.8;margin-left:8px;font-size:12px}
nav{background:#fff;border-bottom:1px solid #dde3ec;padding:0 20px}nav a{display:inline-block;padding:10px 14px;color:#1d4f91;text-decoration:none}nav a.on{border-bottom:3px solid #1d4f91;font-weight:600}
main{max-width:460px;margin:24px auto;background:#fff;padding:22px;border-radius:6px;box-shadow:0 1px 3px #0001}
label{display:block;margin:12px 0 4px}input{width:100%;box-sizing:border-box;padding:9px;font-size:16px;border:1px solid #c5cfdc;border-radius:4px}
button{margin-top:18px;width:100%;padding:10px;font-size:16px;background:#1d4f91;color:#fff;border:0;border-radius:4px;cursor:pointer}button[disabled]{opacity:.6}
#result{margin-top:16px;padding:10px;border-radius:4px;display:none}#result.ok{display:block;background:#e8f6ec;color:#14642c}#result.bad{display:block;background:#fdecec;color:#a11}
p.note{font-size:13px;color:#667}
</style></head><body>
<header>工信部ICP/IP地址/域名信息备案管理系统<small>本地沙箱，仅供试用</small></header>
<nav><a href="/sandbox/miit/verify" class="${title === '短信核验' ? 'on' : ''}">短信核验</a><a href="/sandbox/miit/resend" class="${title === '短信重发' ? 'on' : ''}">短信重发</a></nav>
<main><h2>${title}</h2>${body}<div id="result" role="status"></div></main>
<script>
const q = new URLSearchParams(location.search)
for (const k of ['phone']) if (q.get(k)) document.getElementById(k).value = q.get(k)
const show = (ok, text) => { const r = document.getElementById('result'); r.className = ok ? 'ok' : 'bad'; r.textContent = text }
async function post(path, body) {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return res.json()
}
${script}
</script></body></html>`

const fields = (withCode: boolean) => `
<form id="form">
${withCode ? '<label for="code">短信验证码</label><input id="code" name="code" inputmode="numeric" maxlength="6" autocomplete="one-time-code" required>' : ''}
<label for="phone">手机号码</label><input id="phone" name="phone" inputmode="tel" maxlength="11" required>
<label for="certLast6">证件号码后6位</label><input id="certLast6" name="certLast6" maxlength="6" required>
<button id="submit" type="submit">${withCode ? '提交' : '重发短信'}</button>
</form>`

export const miitVerifyPage = () =>
  page(
    '短信核验',
    `${fields(true)}<p class="note">验证码由 12381 发送（本地沙箱：见 <a href="/dev/outbox">短信发件箱</a>），有效期内输入验证码、手机号码和该负责人证件号码后6位。连续输错 5 次后，第 6 次将退回备案申请。</p>`,
    `document.getElementById('form').addEventListener('submit', async (e) => {
  e.preventDefault()
  const b = document.getElementById('submit'); b.disabled = true
  try {
    const r = await post('/api/sandbox/miit/verify', { code: code.value.trim(), phone: phone.value.trim(), certLast6: certLast6.value.trim() })
    if (!r.ok) show(false, r.error.message)
    else show(r.data.outcome === 'PHONE_VERIFIED' || r.data.outcome === 'ALL_VERIFIED' || r.data.outcome === 'ALREADY_VERIFIED', r.data.message)
  } catch { show(false, '网络错误，请稍后重试') } finally { b.disabled = false }
})`
  )

export const miitResendPage = () =>
  page(
    '短信重发',
    `${fields(false)}<p class="note">每个手机号码最多重发 2 次；重发后以前的验证码失效。</p>`,
    `document.getElementById('form').addEventListener('submit', async (e) => {
  e.preventDefault()
  const b = document.getElementById('submit'); b.disabled = true
  try {
    const r = await post('/api/sandbox/miit/resend', { phone: phone.value.trim(), certLast6: certLast6.value.trim() })
    if (!r.ok) show(false, r.error.message)
    else show(r.data.sent, r.data.message)
  } catch { show(false, '网络错误，请稍后重试') } finally { b.disabled = false }
})`
  )

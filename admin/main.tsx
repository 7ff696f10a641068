import { StrictMode, useEffect, useState, type FormEvent } from 'react'
import { createRoot } from 'react-dom/client'

/**
 * Reviewer admin page (备案审核工作台). This first version is the login and an
 * empty workbench; the 初审 queue arrives with the admin issue.
 */
type Me = { username: string; role: 'reviewer' | 'supervisor' }
const TOKEN_KEY = 'icp.reviewer.token'
const ROLE_LABEL = { reviewer: '备案专员', supervisor: '审核主管' }

async function api<T>(path: string, init: RequestInit = {}): Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }> {
  const token = sessionStorage.getItem(TOKEN_KEY)
  const res = await fetch(path, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers }
  })
  return res.json()
}

function Login({ onLogin }: { onLogin: (me: Me) => void }) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError('')
    const res = await api<{ token: string } & Me>('/api/auth/reviewer', { method: 'POST', body: JSON.stringify({ username, password }) })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    sessionStorage.setItem(TOKEN_KEY, res.data.token)
    onLogin({ username: res.data.username, role: res.data.role })
  }
  return (
    <form className="login" onSubmit={submit}>
      <h1>备案审核工作台</h1>
      <p className="sub">备案专员登录</p>
      <label htmlFor="username">用户名</label>
      <input id="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor="password">密码</label>
      <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && <div className="error" role="alert">{error}</div>}
      <button id="login" type="submit" disabled={busy || !username || !password}>{busy ? '登录中…' : '登录'}</button>
    </form>
  )
}

function Workbench({ me, onLogout }: { me: Me; onLogout: () => void }) {
  return (
    <>
      <header className="top">
        <h1>备案审核工作台</h1>
        <div>
          <span className="muted" id="whoami">{me.username}（{ROLE_LABEL[me.role]}）</span>{' '}
          <button className="secondary" onClick={onLogout}>退出登录</button>
        </div>
      </header>
      <main className="work">
        <h2>初审队列</h2>
        <p className="muted">初审队列、订单详情与审核操作将在后续版本提供。</p>
      </main>
    </>
  )
}

function App() {
  const [me, setMe] = useState<Me | null>(null)
  const [checked, setChecked] = useState(false)
  useEffect(() => {
    if (!sessionStorage.getItem(TOKEN_KEY)) return setChecked(true)
    api<{ kind: string } & Me>('/api/auth/me').then((res) => {
      if (res.ok && res.data.kind === 'reviewer') setMe({ username: res.data.username, role: res.data.role })
      else sessionStorage.removeItem(TOKEN_KEY)
      setChecked(true)
    })
  }, [])
  const logout = async () => {
    await api('/api/auth/logout', { method: 'POST', body: '{}' })
    sessionStorage.removeItem(TOKEN_KEY)
    setMe(null)
  }
  if (!checked) return null
  return me ? <Workbench me={me} onLogout={logout} /> : <Login onLogin={setMe} />
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)

import { StrictMode, useCallback, useEffect, useState, type FormEvent } from 'react'
import { createRoot } from 'react-dom/client'
import { review, session, whenSessionExpires } from './api'
import { DetailPage } from './detail'
import { NO_FILTERS, QueuePage, filterEvent, type Filters } from './queue'
import { RegulatorConsole } from './regulator-console'
import { RegistryPage } from './registry-page'
import type { Me, Tab } from './types'

/**
 * Reviewer admin page (备案审核工作台): login, the queues, the order page with
 * decisions, and — locally — the sandbox regulator's console. Routes live in
 * the URL hash: #/queue/<TAB>, #/order/<id>, #/registry, #/regulator.
 */
const ROLE_LABEL = { reviewer: '备案专员', supervisor: '审核主管' }

type Route = { page: 'queue'; tab: Tab } | { page: 'order'; orderId: string } | { page: 'regulator' } | { page: 'registry' }

const parseRoute = (): Route => {
  const [, page, arg] = window.location.hash.split('/')
  if (page === 'order' && arg) return { page: 'order', orderId: arg }
  if (page === 'regulator') return { page: 'regulator' }
  if (page === 'registry') return { page: 'registry' }
  return { page: 'queue', tab: (['INITIAL', 'TO_SUBMIT', 'RETURNED', 'SMS', 'REGULATOR'].includes(arg) ? arg : 'INITIAL') as Tab }
}
const go = (hash: string) => {
  window.location.hash = hash
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
    const res = await review<{ token: string }>('login', { username, password })
    if (!res.ok) {
      setBusy(false)
      return setError(res.error.message)
    }
    session.set(res.data.token)
    const me = await review<Me>('me')
    setBusy(false)
    if (me.ok) onLogin(me.data)
    else setError(me.error.message)
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
  const [route, setRoute] = useState<Route>(parseRoute)
  const [tab, setTab] = useState<Tab>(route.page === 'queue' ? route.tab : 'INITIAL')
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [notice, setNotice] = useState('')
  useEffect(() => {
    const onHash = () => {
      const r = parseRoute()
      setRoute(r)
      if (r.page === 'queue') setTab(r.tab)
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  /** After a decision: the next order of the same queue opens (claimed), or the queue when it is empty. */
  const next = useCallback(
    async (message: string) => {
      const r = await review<{ orderId: string } | null>('claimNext', { tab, ...filterEvent(filters) })
      if (r.ok && r.data) {
        setNotice(`${message}；已打开下一单`)
        go(`#/order/${r.data.orderId}`)
      } else {
        setNotice(`${message}；当前队列已处理完`)
        go(`#/queue/${tab}`)
      }
    },
    [tab, filters]
  )

  return (
    <>
      <header className="top">
        <h1>备案审核工作台</h1>
        <nav>
          <a href={`#/queue/${tab}`} id="nav-queue" className={route.page === 'queue' || route.page === 'order' ? 'active' : ''}>审核队列</a>
          <a href="#/registry" id="nav-registry" className={route.page === 'registry' ? 'active' : ''}>备案库查询</a>
          {me.sandboxRegulator && <a href="#/regulator" id="nav-regulator" className={route.page === 'regulator' ? 'active' : ''}>沙箱管局控制台</a>}
        </nav>
        <span className="spacer" />
        <span className="muted" id="whoami">{me.username}（{ROLE_LABEL[me.role]}）</span>
        <button className="secondary" onClick={onLogout}>退出登录</button>
      </header>
      {notice && (
        <div className="notice-bar" id="notice" onClick={() => setNotice('')}>{notice}</div>
      )}
      {route.page === 'queue' && <QueuePage me={me} tab={route.tab} filters={filters} onFilters={setFilters} onTab={(t) => go(`#/queue/${t}`)} onOpen={(id) => (setNotice(''), go(`#/order/${id}`))} />}
      {route.page === 'order' && <DetailPage key={route.orderId} me={me} orderId={route.orderId} onBack={() => go(`#/queue/${tab}`)} onDecided={next} />}
      {route.page === 'regulator' && <RegulatorConsole />}
      {route.page === 'registry' && <RegistryPage me={me} onStarted={(message, orderId) => (setNotice(message), go(`#/order/${orderId}`))} />}
    </>
  )
}

function App() {
  const [me, setMe] = useState<Me | null>(null)
  const [checked, setChecked] = useState(false)
  useEffect(() => {
    whenSessionExpires(() => {
      session.clear()
      setMe(null)
    })
    if (!session.get()) return setChecked(true)
    review<Me>('me').then((res) => {
      if (res.ok) setMe(res.data)
      else session.clear()
      setChecked(true)
    })
  }, [])
  const logout = async () => {
    await review('logout')
    session.clear()
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

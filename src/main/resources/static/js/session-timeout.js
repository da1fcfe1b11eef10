/*
 * Warns a signed-in user before their session times out for being idle, and lets them stay signed
 * in. Progressive enhancement: without JavaScript (or <dialog>) the session simply times out.
 *
 * Settings come from the data attributes of <dialog id="session-timeout"> in templates/web/layout.html:
 * idle and warning times in seconds (harbour.session.idle-timeout and harbour.session.warn-before),
 * the URL to POST to for "Stay signed in" (answers 204), the URL to go to when time is up, and the
 * texts for the time left. The CSRF token comes from <meta name="_csrf"> and <meta name="_csrf_header">.
 */
const dialog = document.getElementById('session-timeout')

if (dialog && typeof dialog.showModal === 'function') {
  const idleMs = Number(dialog.dataset.idleSeconds) * 1000
  const warnMs = Number(dialog.dataset.warnSeconds) * 1000
  const heading = dialog.querySelector('#session-timeout-heading')
  const countdown = dialog.querySelector('.js-session-timeout-countdown')
  const announce = dialog.querySelector('.js-session-timeout-announce')
  const before = dialog.querySelector('.js-session-timeout-before').textContent
  const after = dialog.querySelector('.js-session-timeout-after').textContent
  const stay = dialog.querySelector('.js-session-timeout-stay')

  // The server's idle clock started when it received the request for this page.
  let lastActivity = Math.round(performance.timeOrigin || Date.now())
  let returnFocusTo = null
  let announced = null

  const timeLeft = (ms) => {
    const seconds = Math.max(0, Math.ceil(ms / 1000))
    if (seconds >= 60) {
      const minutes = Math.ceil(seconds / 60)
      return minutes === 1 ? dialog.dataset.minute : dialog.dataset.minutes.replace('{0}', minutes)
    }
    return seconds === 1 ? dialog.dataset.second : dialog.dataset.seconds.replace('{0}', seconds)
  }

  // Screen readers hear the time left when it changes by a minute, then every 15 seconds.
  const shouldAnnounce = (ms, text) => {
    const seconds = Math.ceil(ms / 1000)
    return text !== announced && (seconds >= 60 || seconds % 15 === 0 || announced === null)
  }

  const show = (ms) => {
    const text = timeLeft(ms)
    countdown.textContent = text
    if (shouldAnnounce(ms, text)) {
      announce.textContent = `${before} ${text}${after}`
      announced = text
    }
  }

  const open = (ms) => {
    returnFocusTo = document.activeElement
    show(ms)
    dialog.showModal()
    heading.focus()
  }

  const close = () => {
    dialog.close()
    announced = null
    if (returnFocusTo && typeof returnFocusTo.focus === 'function') {
      returnFocusTo.focus()
    }
  }

  const timeUp = () => {
    window.location.href = dialog.dataset.timeoutUrl
  }

  const staySignedIn = async () => {
    const token = document.querySelector('meta[name="_csrf"]')
    const header = document.querySelector('meta[name="_csrf_header"]')
    const headers = {}
    if (token && header) {
      headers[header.content] = token.content
    }
    let response
    try {
      response = await fetch(dialog.dataset.extendUrl, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        redirect: 'manual'
      })
    } catch (e) {
      return // no connection: keep the warning up and try again when asked
    }
    if (response.status === 204) {
      lastActivity = Date.now()
      close()
    } else {
      timeUp() // the session has already ended
    }
  }

  const tick = () => {
    const left = lastActivity + idleMs - Date.now()
    if (left <= 0) {
      timeUp()
    } else if (left <= warnMs) {
      if (dialog.open) {
        show(left)
      } else {
        open(left)
      }
    }
  }

  stay.addEventListener('click', staySignedIn)
  // Escape means "not now", which is the same as staying signed in.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault()
    staySignedIn()
  })
  document.addEventListener('visibilitychange', tick)
  setInterval(tick, 1000)
}

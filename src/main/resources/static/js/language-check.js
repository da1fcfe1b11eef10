/*
 * The language guide while typing. Progressive enhancement: every <textarea data-language-check>
 * or <input data-language-check> (see templates/web/components/textarea.html and text-input.html) is checked about 600 ms after typing stops by POSTing
 * its text to /language/check; the suggestions appear in the field's live region (aria-live
 * polite) as a GOV.UK inset: the phrase, why it matters and what to write instead. Nothing is
 * blocked. Without JavaScript the same suggestions appear on the page shown after saving.
 * The child's age and the adults the page knows of come from data-language-child-age and
 * data-language-known-adults. The CSRF token comes from <meta name="_csrf"> and
 * <meta name="_csrf_header">.
 */
const DELAY_MS = 600
const csrfToken = document.querySelector('meta[name="_csrf"]')
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')

const element = (tag, className, text) => {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

const render = (region, findings) => {
  region.replaceChildren()
  if (!findings.length) return
  const inset = element('div', 'govuk-inset-text language-live__findings')
  inset.appendChild(element('h3', 'govuk-heading-s', region.dataset.heading))
  for (const finding of findings) {
    const item = element('div', 'language-live__finding')
    const phrase = element('p', 'govuk-body govuk-!-margin-bottom-1')
    phrase.appendChild(element('strong', null, '\u201c' + finding.phrase + '\u201d'))
    phrase.appendChild(document.createTextNode(' (' + finding.title + ')'))
    item.appendChild(phrase)
    item.appendChild(element('p', 'govuk-body govuk-!-margin-bottom-1', finding.why))
    if (finding.source) item.appendChild(element('p', 'govuk-body-s govuk-!-margin-bottom-1', region.dataset.source + ' ' + finding.source))
    item.appendChild(element('p', 'govuk-body govuk-!-margin-bottom-1', region.dataset.instead))
    const list = element('ul', 'govuk-list govuk-list--bullet')
    for (const alternative of finding.alternatives) list.appendChild(element('li', null, alternative))
    item.appendChild(list)
    inset.appendChild(item)
  }
  region.appendChild(inset)
}

for (const field of document.querySelectorAll('textarea[data-language-check], input[data-language-check]')) {
  const region = document.getElementById(field.dataset.languageCheck)
  if (!region || !window.fetch) continue
  let timer = null
  let latest = 0
  const check = async () => {
    const request = ++latest
    const age = Number.parseInt(field.dataset.languageChildAge, 10)
    const adults = (field.dataset.languageKnownAdults || '').split(',').map((n) => n.trim()).filter((n) => n)
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' }
    if (csrfToken && csrfHeader) headers[csrfHeader.content] = csrfToken.content
    try {
      const response = await fetch('/language/check', {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: JSON.stringify({
          text: field.value,
          childAge: Number.isNaN(age) ? null : age,
          knownAdults: adults
        })
      })
      if (!response.ok || request !== latest) return
      const body = await response.json()
      if (request === latest) render(region, body.findings || [])
    } catch (e) {
      // Offline or signed out: the check on save still happens.
    }
  }
  field.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(check, DELAY_MS)
  })
  if (field.value.trim()) check()
}

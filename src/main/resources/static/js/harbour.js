// Starts GOV.UK Frontend's components. The library's URL comes from the script tag in
// templates/web/layout.html, so it carries the content hash and the version is set in one place.
const script = document.querySelector('script[data-govuk-frontend]')

if (script && document.body.classList.contains('govuk-frontend-supported')) {
  import(script.dataset.govukFrontend).then(({ initAll }) => initAll())
}

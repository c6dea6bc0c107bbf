// The console's only script besides htmx. No inline scripts: the Content-Security-Policy forbids them.

// A click (or Enter / Space) on an event log entry shows or hides its payload row; rows htmx swaps in work too.
function toggleEntry(row) {
  var detail = document.getElementById(row.getAttribute('data-toggles'));
  if (detail) {
    detail.hidden = !detail.hidden;
    row.setAttribute('aria-expanded', String(!detail.hidden));
  }
}

document.addEventListener('click', function (event) {
  var row = event.target.closest('tr[data-toggles]');
  if (row) {
    toggleEntry(row);
  }
});

document.addEventListener('keydown', function (event) {
  var row = event.target.closest && event.target.closest('tr[data-toggles]');
  if (row && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    toggleEntry(row);
  }
});

// A form with data-confirm, or the button that sends it, asks before it is sent.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var question = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Shows every <time datetime="...Z"> in the viewer's time zone, as yyyy-MM-dd HH:mm:ss and the zone's short name;
// its title keeps the UTC time. Without this script the console shows UTC. No inline scripts: the CSP forbids them.
(function () {
  function pad(number) {
    return String(number).padStart(2, '0');
  }

  function zone(date) {
    var part = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' }).formatToParts(date)
      .find(function (it) { return it.type === 'timeZoneName'; });
    return part ? ' ' + part.value : '';
  }

  function localise() {
    document.querySelectorAll('time[datetime]:not([data-local])').forEach(function (element) {
      var date = new Date(element.getAttribute('datetime'));
      if (isNaN(date.getTime())) {
        return;
      }
      element.textContent = date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + ' '
        + pad(date.getHours()) + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) + zone(date);
      element.setAttribute('data-local', Intl.DateTimeFormat().resolvedOptions().timeZone || '');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', localise);
  } else {
    localise();
  }
  // Rows htmx swaps in (paging, filters) are shown in local time too.
  document.addEventListener('htmx:afterSettle', localise);
})();

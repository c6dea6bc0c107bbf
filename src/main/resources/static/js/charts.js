// The console's charts: every element with data-chart is drawn with uPlot from the JSON at its data-source.
// No inline script and no eval: the Content-Security-Policy allows scripts from the hub itself only.
(function () {
  'use strict';

  var COLOURS = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626'];

  function seconds(iso) {
    return Date.parse(iso) / 1000;
  }

  function series(labels, scale) {
    return [{}].concat(labels.map(function (label, i) {
      return { label: label, stroke: COLOURS[i % COLOURS.length], width: 2, scale: scale || 'y', spanGaps: true };
    }));
  }

  // Each kind of chart: the series it draws and how its columns come out of the JSON.
  var KINDS = {
    'throughput': function (json) {
      var hours = json.hours;
      return {
        title: 'Per hour',
        series: series(['Messages in', 'Messages out', 'Event publications', 'ERP postings']),
        data: [hours.map(function (h) { return seconds(h.hour); }),
          hours.map(function (h) { return h.messagesIn; }),
          hours.map(function (h) { return h.messagesOut; }),
          hours.map(function (h) { return h.publications; }),
          hours.map(function (h) { return h.erpPostings; })]
      };
    },
    'backlog': function (json) {
      var s = json.samples;
      return {
        title: 'Waiting',
        series: series(['Undelivered publications', 'Unsent ERP postings', 'Parked ERP postings']),
        data: [s.map(function (p) { return seconds(p.at); }),
          s.map(function (p) { return p.incompletePublications; }),
          s.map(function (p) { return p.unsentPostings; }),
          s.map(function (p) { return p.parkedPostings; })]
      };
    },
    'backlog-age': function (json) {
      var s = json.samples;
      function minutes(value) { return value == null ? null : Math.round(value / 6) / 10; }
      return {
        title: 'Oldest waiting (minutes)',
        series: series(['Oldest undelivered publication', 'Oldest unsent ERP posting']),
        data: [s.map(function (p) { return seconds(p.at); }),
          s.map(function (p) { return minutes(p.oldestPublicationAgeSeconds); }),
          s.map(function (p) { return minutes(p.oldestPostingAgeSeconds); })]
      };
    },
    'scorecard': function (json) {
      var weeks = json.weeks;
      function percent(share) { return share == null ? null : Math.round(share * 1000) / 10; }
      var drawn = series(['Acknowledged on time (%)', 'Lines changed (%)'], '%')
        .concat(series(['Average time to acknowledge (h)'], 'h').slice(1));
      drawn[3].stroke = COLOURS[2];
      return {
        title: 'Per week',
        series: drawn,
        axes: [{}, { scale: '%', label: '%' }, { scale: 'h', side: 1, label: 'hours', grid: { show: false } }],
        scales: { '%': { range: [0, 100] } },
        data: [weeks.map(function (w) { return seconds(w.week + 'T00:00:00Z'); }),
          weeks.map(function (w) { return percent(w.onTimeShare); }),
          weeks.map(function (w) { return percent(w.changedLineShare); }),
          weeks.map(function (w) {
            return w.averageSecondsToAcknowledge == null ? null : Math.round(w.averageSecondsToAcknowledge / 360) / 10;
          })]
      };
    }
  };

  function say(element, text) {
    var note = document.createElement('p');
    note.className = 'chart-empty';
    note.textContent = text;
    element.replaceChildren(note);
  }

  function draw(element, chart) {
    if (chart.data[0].length === 0) {
      say(element, 'Nothing recorded in this range yet.');
      return;
    }
    var options = {
      title: chart.title,
      width: Math.max(element.clientWidth, 320),
      height: 260,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); },
      series: chart.series,
      axes: chart.axes || [{}, {}],
      scales: chart.scales || {}
    };
    element.replaceChildren();
    var plot = new uPlot(options, chart.data, element);
    window.addEventListener('resize', function () {
      plot.setSize({ width: Math.max(element.clientWidth, 320), height: 260 });
    });
  }

  function load(element) {
    var kind = KINDS[element.getAttribute('data-chart')];
    fetch(element.getAttribute('data-source'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (json) {
        draw(element, kind(json));
        element.setAttribute('data-rendered', 'true');
      })
      .catch(function (error) {
        say(element, 'The chart data could not be loaded (' + error.message + ').');
        element.setAttribute('data-rendered', 'failed');
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(load);
  });
})();

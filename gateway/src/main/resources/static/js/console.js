// Draws the warnings-by-colour chart and refreshes it every 3 seconds.
// Lives in a file, not inline, so that the content security policy can stay 'self' only.
(function () {
  'use strict';

  var PALETTE = { BLUE: '#2f6fde', YELLOW: '#e0a800', ORANGE: '#f07c00', RED: '#d63031' };
  var REFRESH_MS = 3000;

  var LIBRARY = '/webjars/echarts/echarts.min.js';

  function start() {
    var container = document.getElementById('warnings-chart');
    if (!container) {
      return;
    }
    if (typeof echarts === 'undefined') {
      // The deferred library did not arrive (a dropped connection on a slow line): fetch it once
      // more, and say so on the element while waiting or when it fails again.
      container.dataset.state = 'loading-library';
      var retry = document.createElement('script');
      retry.src = LIBRARY;
      retry.onload = function () { drawChart(container); };
      retry.onerror = function () { container.dataset.state = 'no-library'; };
      document.head.appendChild(retry);
      return;
    }
    drawChart(container);
  }

  function drawChart(container) {
    container.dataset.state = 'loading';
    var chart = echarts.init(container);
    var notice = document.getElementById('chart-notice');
    var refresh = function () { load(container, chart, notice); };
    refresh();
    setInterval(refresh, REFRESH_MS);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function load(container, chart, notice) {
    fetch(container.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { available: false, bars: [] }; })
      .then(function (data) { draw(container, chart, notice, data); })
      .catch(function () { draw(container, chart, notice, { available: false, bars: [] }); });
  }

  function draw(container, chart, notice, data) {
    notice.hidden = data.available;
    container.dataset.state = data.available ? 'ready' : 'unavailable';
    if (!data.available) {
      return;
    }
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.bars.map(function (bar) { return bar.label; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        type: 'bar',
        data: data.bars.map(function (bar) {
          return { value: bar.count, itemStyle: { color: PALETTE[bar.colour] || '#8a94a3' } };
        })
      }]
    });
  }

  // Every htmx request carries the CSRF token from the page's <meta> as a header (forms also carry
  // it as a field); a listener, not hx-headers, so the policy needs no inline script.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // The sign-out page hands the id token to the provider in a form POST, never in a URL.
  function submitAutomatically() {
    var form = document.querySelector('form[data-auto-submit]');
    if (form) {
      form.submit();
    }
  }

  document.addEventListener('DOMContentLoaded', start);
  document.addEventListener('DOMContentLoaded', submitAutomatically);
})();

// Draws every chart an analysis page carries as JSON in a data-chart attribute: bar, pie, line and
// the small spark line of a finding's history. A chart inside a closed <details> is drawn when it
// opens; a chart with data-chart-source fetches its JSON from the console first (the index trend).
// Lives in a file, not inline, so that the content security policy can stay 'self' only.
(function () {
  'use strict';

  var COLOURS = ['#2f6fde', '#1e7b34', '#f07c00', '#d63031', '#6b4fbb', '#e0a800', '#0f8b8d', '#8a94a3'];

  function option(spec) {
    var base = { animation: false, color: COLOURS, tooltip: { trigger: spec.kind === 'pie' ? 'item' : 'axis' } };
    if (spec.kind === 'pie') {
      base.series = [{
        type: 'pie', radius: ['35%', '65%'],
        data: spec.labels.map(function (label, i) { return { name: label, value: spec.series[0].values[i] }; })
      }];
      base.legend = { bottom: 0, type: 'scroll' };
      return base;
    }
    var spark = spec.kind === 'spark';
    base.grid = spark ? { left: 4, right: 4, top: 4, bottom: 4 } : { left: 44, right: 16, top: 28, bottom: 48 };
    base.xAxis = { type: 'category', data: spec.labels, show: !spark, axisLabel: { interval: 0, rotate: spec.labels.length > 6 ? 30 : 0 } };
    base.yAxis = { type: 'value', minInterval: 1, show: !spark };
    if (spec.series.length > 1 && !spark) {
      base.legend = { top: 0 };
    }
    base.series = spec.series.map(function (s) {
      return { name: s.name, type: spec.kind === 'bar' ? 'bar' : 'line', data: s.values, showSymbol: !spark, smooth: false };
    });
    return base;
  }

  function draw(element, spec) {
    if (typeof echarts === 'undefined') {
      element.dataset.state = 'no-library';
      return;
    }
    if (!spec.labels.length) {
      element.dataset.state = 'empty';
      return;
    }
    var chart = echarts.getInstanceByDom(element) || echarts.init(element);
    chart.setOption(option(spec), true);
    element.dataset.state = 'ready';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function load(element) {
    if (element.dataset.state === 'ready' || element.dataset.state === 'loading') {
      return;
    }
    if (element.dataset.chart) {
      draw(element, JSON.parse(element.dataset.chart));
      return;
    }
    element.dataset.state = 'loading';
    fetch(element.dataset.chartSource, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (spec) {
        element.dataset.state = '';
        if (spec) { draw(element, spec); } else { element.dataset.state = 'unavailable'; }
      })
      .catch(function () { element.dataset.state = 'unavailable'; });
  }

  function visible(element) {
    var details = element.closest('details');
    return !details || details.open;
  }

  function start(root) {
    root.querySelectorAll('[data-chart], [data-chart-source]').forEach(function (element) {
      if (visible(element)) {
        load(element);
      }
    });
  }

  document.addEventListener('toggle', function (event) {
    if (event.target.tagName === 'DETAILS' && event.target.open) {
      start(event.target);
    }
  }, true);
  document.addEventListener('htmx:afterSettle', function (event) { start(event.target); });
  document.addEventListener('DOMContentLoaded', function () { start(document); });
})();

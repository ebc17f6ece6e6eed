/*
 * Drill-down for dashboard charts: a chart whose configuration carries "drillDown" (one address per label) opens the
 * list behind the bar or slice the user clicks. p:chart calls this as its extender before drawing. The same lists are
 * also plain links in the table under each chart, for keyboards and screen readers. It also formats the chart's
 * numbers in the page's language.
 */
window.esgDrillDown = function () {
    var config = this.cfg.config;
    config.options = config.options || {};
    // numbers on the axes and in tooltips in the page's language, not the browser's
    config.options.locale = document.documentElement.lang || undefined;
    var links = config.drillDown;
    if (!links) {
        return;
    }
    config.options.onClick = function (event, elements) {
        if (elements.length && links[elements[0].index]) {
            window.location.href = links[elements[0].index];
        }
    };
    config.options.onHover = function (event, elements) {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
    };
};

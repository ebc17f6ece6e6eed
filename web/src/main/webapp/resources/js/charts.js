/*
 * Drill-down for dashboard charts: a chart whose configuration carries "drillDown" (one address per label) opens the
 * list behind the bar or slice the user clicks. p:chart calls this as its extender before drawing. The same lists are
 * also plain links in the table under each chart, for keyboards and screen readers.
 */
window.esgDrillDown = function () {
    var config = this.cfg.config;
    var links = config && config.drillDown;
    if (!links) {
        return;
    }
    config.options = config.options || {};
    config.options.onClick = function (event, elements) {
        if (elements.length && links[elements[0].index]) {
            window.location.href = links[elements[0].index];
        }
    };
    config.options.onHover = function (event, elements) {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
    };
};

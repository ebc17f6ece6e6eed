package org.supplieresg.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.DimensionView;
import org.supplieresg.assessment.IndicatorView;

/** The catalogue page: every indicator of the version in force, for suppliers and staff alike. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private List<IndicatorView> indicators;
    private List<DimensionView> dimensions;
    private List<IndicatorView> filtered;

    public void load() {
        indicators = catalogue.indicators();
        dimensions = catalogue.dimensions();
    }

    public List<IndicatorView> getIndicators() { return indicators; }
    public List<DimensionView> getDimensions() { return dimensions; }
    public List<IndicatorView> getFiltered() { return filtered; }
    public void setFiltered(List<IndicatorView> filtered) { this.filtered = filtered; }

    public int getCatalogueVersion() {
        return indicators.isEmpty() ? 0 : indicators.get(0).catalogueVersion();
    }
}

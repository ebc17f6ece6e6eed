package org.supplieresg.web.chain;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.supplieresg.chain.ChainOverview;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.web.i18n.Texts;

/** The buyer's chain map, filtered by commodity and mineral. */
@Named
@ViewScoped
public class ChainMapBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChainOverview overview;

    @Inject
    Texts texts;

    private SpendCategory commodity;
    private String mineral;
    private ChainOverview.ChainMap map;

    public void load() {
        map = overview.map(commodity, mineral == null || mineral.isBlank() ? null : mineral);
    }

    /** The map as inline SVG; every text in it is escaped. */
    public String getSvg() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return ChainMapSvg.draw(map, id -> context + "/app/suppliers/view.xhtml?id=" + id,
                List.of(texts.get("chainMap.tier1"), texts.get("chainMap.tier2"), texts.get("chainMap.origins")), texts.get("chainMap.title"));
    }

    public ChainOverview.ChainMap getMap() { return map; }
    public SpendCategory getCommodity() { return commodity; }
    public void setCommodity(SpendCategory commodity) { this.commodity = commodity; }
    public String getMineral() { return mineral; }
    public void setMineral(String mineral) { this.mineral = mineral; }
}

package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supplieresg.emissions.CalculationInput.Activity;
import org.supplieresg.emissions.CalculationInput.Footprint;
import org.supplieresg.emissions.CalculationInput.Inventory;
import org.supplieresg.emissions.CalculationInput.Purchase;
import org.supplieresg.emissions.CalculationInput.SupplierTotals;
import org.supplieresg.emissions.CalculationInput.Tier2Data;
import org.supplieresg.emissions.EmissionFigure.Perspective;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * Turns activity data and purchases into CO2e for one reporting year, following the GHG Protocol Corporate Standard,
 * its Scope 2 Guidance and the Scope 3 Technical Guidance. Pure: everything it needs comes in, figures go out.
 * Products are exact and quotients (conversions, shares) keep {@link Quantity#PRECISION}; each figure's kg CO2e is rounded half-even to 6 decimals
 * (a milligram), the scale it is stored at, so that totals add up to the stored figures exactly.
 */
public final class EmissionCalculator {

    static final int KG_SCALE = 6;
    private static final String GRID_AVERAGE = "grid-average factor of the site's country";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final FactorSnapshot factors;
    private final MoneyConversion money;
    private final int year;
    private final Tier2Data tier2;

    public EmissionCalculator(FactorSnapshot factors, MoneyConversion money, int year) {
        this(factors, money, year, Tier2Data.NONE);
    }

    private EmissionCalculator(FactorSnapshot factors, MoneyConversion money, int year, Tier2Data tier2) {
        this.factors = factors;
        this.money = money;
        this.year = year;
        this.tier2 = tier2;
    }

    /** The same calculator, rolling up what Tier-2 suppliers shared into their Tier-1s' purchased inputs. */
    public EmissionCalculator withTier2(Tier2Data data) {
        return new EmissionCalculator(factors, money, year, data);
    }

    public int year() {
        return year;
    }

    /** The figures of one line of an inventory: one, or two for electricity (location- and market-based). */
    public List<EmissionFigure> ofActivity(Inventory inventory, Activity line) {
        String where = "line " + line.id();
        Perspective perspective = inventory.supplierId() == null ? Perspective.BUYER : Perspective.SUPPLIER;
        Quantity quantity = new Quantity(line.quantity(), line.unit());
        return switch (line.type()) {
            case FUEL, HEAT -> {
                EmissionFactor factor = factors.forActivity(line.activity(), line.type().factorKind(), year, line.unit(), where);
                yield List.of(byFactor(perspective, line.type().scope(), null, null, inventory, line, quantity, factor, Method.ACTIVITY_DATA,
                        "own activity data × published factor", ownQuality(factor, line.siteCountry())));
            }
            case ELECTRICITY -> electricity(perspective, inventory, line, quantity, where);
            case REFRIGERANT -> {
                BigDecimal gwp = factors.reporting().gwp(line.activity()).orElseThrow(() -> new InvalidInputException(
                        FieldViolation.of(where, "emissions.refrigerant.unknownGas", line.activity())));
                BigDecimal kg = quantity.in(Unit.KG).amount();
                BigDecimal co2e = round(kg.multiply(gwp));
                yield List.of(new EmissionFigure(perspective, 1, null, null, inventory.supplierId(), line.id(), null, inventory.id(),
                        Method.ACTIVITY_DATA, "refrigerant leaked × GWP", line.quantity(), line.unit().symbol(), null, gwp, null, null, co2e,
                        () -> plain(kg) + " kg " + line.activity() + " × GWP " + plain(gwp) + " (" + factors.reporting().code() + ") = " + plain(co2e) + " kg CO2e",
                        new DataQuality(1, 1, 1, 2, 2), line.siteCountry()));
            }
            case PROCESS -> {
                BigDecimal co2e = round(quantity.in(Unit.KG_CO2E).amount());
                yield List.of(new EmissionFigure(perspective, 1, null, null, inventory.supplierId(), line.id(), null, inventory.id(),
                        Method.ACTIVITY_DATA, "process emissions reported in CO2e (mass balance)", line.quantity(), line.unit().symbol(), null,
                        null, null, null, co2e, () -> quantity + " = " + plain(co2e) + " kg CO2e as reported", new DataQuality(2, 1, 1, 2, 3),
                        line.siteCountry()));
            }
            case INPUT -> List.of(input(perspective, inventory, line, quantity, where));
        };
    }

    /**
     * A purchased input: from the Tier-2 that supplied it when that Tier-2 shares its data with this company (its
     * product footprint, else its own emissions allocated by mass: the hybrid method one tier further up), otherwise
     * by an average material factor, saying why.
     */
    private EmissionFigure input(Perspective perspective, Inventory inventory, Activity line, Quantity quantity, String where) {
        String reason = "purchased input × cradle-to-gate material factor";
        if (line.sourceSupplierId() != null) {
            List<String> why = new ArrayList<>();
            Optional<EmissionFigure> rolledUp = Optional.empty();
            if (!Objects.equals(tier2.sharedWith().get(line.sourceSupplierId()), inventory.supplierId())) {
                why.add("Tier-2 supplier " + line.sourceSupplierId() + " does not share its data with this company");
            } else {
                rolledUp = tier2Footprint(perspective, inventory, line, why);
                if (rolledUp.isEmpty()) {
                    rolledUp = tier2Allocated(perspective, inventory, line, quantity, why);
                }
            }
            if (rolledUp.isPresent()) {
                return rolledUp.get();
            }
            reason += "; " + String.join("; ", why);
        }
        EmissionFactor factor = factors.forActivity(line.activity(), FactorKind.MATERIAL, year, line.unit(), where);
        DataQuality quality = new DataQuality(3, DataQuality.timeScore(year, factor.dataYear()),
                DataQuality.geographyScore(factor.region(), line.siteCountry()), 3, 3);
        return byFactor(perspective, 3, null, 1, inventory, line, quantity, factor, Method.AVERAGE_DATA, reason, quality);
    }

    private String path(Inventory inventory, Activity line) {
        return " (chain: buyer ← supplier " + inventory.supplierId() + " ← Tier-2 supplier " + line.sourceSupplierId() + ")";
    }

    private Optional<EmissionFigure> tier2Footprint(Perspective perspective, Inventory inventory, Activity line, List<String> why) {
        if (line.sourceItemCode() == null) {
            why.add("no Tier-2 product code for its footprint");
            return Optional.empty();
        }
        Optional<Footprint> footprint = tier2.footprints().getOrDefault(line.sourceSupplierId(), List.of()).stream()
                .filter(f -> f.productCode().equalsIgnoreCase(line.sourceItemCode()))
                .max(Comparator.comparingInt((Footprint f) -> f.referenceYear() <= year ? 1 : 0).thenComparingInt(Footprint::referenceYear));
        if (footprint.isEmpty()) {
            why.add("Tier-2 supplier " + line.sourceSupplierId() + " has no footprint for " + line.sourceItemCode());
            return Optional.empty();
        }
        Footprint f = footprint.get();
        if (line.unit().dimension() != f.declaredUnit().dimension()) {
            why.add("footprint of " + f.productCode() + " is per " + f.declaredUnit().symbol() + " but the input is in " + line.unit().symbol());
            return Optional.empty();
        }
        BigDecimal amount = new Quantity(line.quantity(), line.unit()).in(f.declaredUnit()).amount();
        BigDecimal co2e = round(amount.multiply(f.kgPerUnit()));
        return Optional.of(new EmissionFigure(perspective, 3, null, 1, inventory.supplierId(), line.id(), null, inventory.id(),
                Method.SUPPLIER_SPECIFIC, "Tier-2 product footprint " + f.productCode() + " (" + f.standard() + ", " + f.studyReference() + ")"
                + path(inventory, line), line.quantity(), line.unit().symbol(), null, f.kgPerUnit(), null, null, co2e,
                () -> plain(amount) + " " + f.declaredUnit().symbol() + " × " + plain(f.kgPerUnit()) + " kg CO2e/" + f.declaredUnit().symbol()
                        + " (Tier-2 footprint " + f.referenceYear() + ") = " + plain(co2e) + " kg CO2e",
                new DataQuality(1, DataQuality.timeScore(year, f.referenceYear()), 1, 2, f.verified() ? 1 : 2), line.siteCountry()));
    }

    private Optional<EmissionFigure> tier2Allocated(Perspective perspective, Inventory inventory, Activity line, Quantity quantity,
                                                    List<String> why) {
        SupplierTotals supplier = tier2.totals().get(line.sourceSupplierId());
        if (supplier == null) {
            why.add("Tier-2 supplier " + line.sourceSupplierId() + " has no submitted " + year + " inventory");
            return Optional.empty();
        }
        BigDecimal produced = supplier.inventory().productionTonnes();
        if (produced == null || line.unit().dimension() != PhysicalDimension.MASS) {
            why.add("no production tonnage of the Tier-2 or no mass bought to allocate its emissions by");
            return Optional.empty();
        }
        BigDecimal tonnes = quantity.in(Unit.TONNE).amount();
        BigDecimal share = tonnes.divide(produced, Quantity.PRECISION);
        if (share.compareTo(BigDecimal.ONE) > 0) {
            why.add("allocation share above 100 % (" + plain(tonnes) + " t bought / " + plain(produced) + " t produced by the Tier-2)");
            return Optional.empty();
        }
        BigDecimal co2e = round(supplier.total().multiply(share));
        DataQuality.Summary q = supplier.quality();
        DataQuality quality = q == null ? new DataQuality(2, 1, 1, 2, 2)
                : new DataQuality(2, roundScore(q.time()), roundScore(q.geography()), 2, roundScore(q.reliability()));
        return Optional.of(new EmissionFigure(perspective, 3, null, 1, inventory.supplierId(), line.id(), null, inventory.id(),
                Method.HYBRID, "Tier-2 supplier's allocated Scope 1 and 2 plus the upstream of its inputs" + path(inventory, line),
                line.quantity(), line.unit().symbol(), null, null, AllocationBasis.PHYSICAL, share, co2e,
                () -> "(" + plain(supplier.scope1()) + " Scope 1 + " + plain(supplier.scope2Market()) + " Scope 2 market + " + plain(supplier.inputs())
                        + " inputs) kg CO2e × " + plain(tonnes) + " t bought / " + plain(produced) + " t produced = " + plain(co2e) + " kg CO2e",
                quality, line.siteCountry()));
    }

    private List<EmissionFigure> electricity(Perspective perspective, Inventory inventory, Activity line, Quantity quantity, String where) {
        EmissionFactor grid = factors.grid(line.siteCountry(), year, where);
        EmissionFigure location = byFactor(perspective, 2, "LOCATION", null, inventory, line, quantity, grid, Method.ACTIVITY_DATA,
                GRID_AVERAGE, ownQuality(grid, line.siteCountry()));
        EmissionFigure market;
        if (line.instrument() != null) {
            BigDecimal kwh = quantity.in(Unit.KWH).amount();
            BigDecimal co2e = round(kwh.multiply(line.instrumentKgPerKwh()));
            market = new EmissionFigure(perspective, 2, "MARKET", null, inventory.supplierId(), line.id(), null, inventory.id(),
                    Method.CONTRACTUAL_INSTRUMENT, "contractual instrument " + line.instrument(), line.quantity(), line.unit().symbol(),
                    null, line.instrumentKgPerKwh(), null, null, co2e,
                    () -> plain(kwh) + " kWh × " + plain(line.instrumentKgPerKwh()) + " kg CO2e/kWh (" + line.instrument() + ") = " + plain(co2e) + " kg CO2e",
                    new DataQuality(1, 1, 1, 2, 2), line.siteCountry());
        } else {
            // Scope 2 Guidance, table 6.3: without instruments or a published residual mix, the grid average stands in.
            market = new EmissionFigure(perspective, 2, "MARKET", null, location.supplierId(), location.activityLineId(), null,
                    location.inventoryId(), Method.ACTIVITY_DATA, "no contractual instrument and no residual mix: grid average used",
                    location.quantity(), location.unit(), location.factorId(), location.factorPerUnit(), null, null, location.kgCo2e(),
                    location.formulaText(), location.quality(), location.country());
        }
        return List.of(location, market);
    }

    /** Scope 3 category 3 of the reporting company: the upstream of the fuel and electricity it used. */
    public List<EmissionFigure> upstreamOf(Inventory own, Activity line) {
        if (line.type() != LineType.FUEL && line.type() != LineType.ELECTRICITY) {
            return List.of();
        }
        String activity = line.type() == LineType.ELECTRICITY ? factors.grid(line.siteCountry(), year, "line " + line.id()).activity() : line.activity();
        Quantity quantity = new Quantity(line.quantity(), line.unit());
        List<EmissionFigure> figures = new ArrayList<>();
        for (EmissionFactor factor : factors.upstreamOf(activity, year)) {
            if (factor.unit().map(u -> u.dimension() == line.unit().dimension()).orElse(false)) {
                figures.add(byFactor(Perspective.BUYER, 3, null, 3, own, line, quantity, factor, Method.FUEL_AND_ENERGY_UPSTREAM,
                        factor.kind() == FactorKind.WELL_TO_TANK ? "well-to-tank of the fuel used" : "transmission and distribution losses",
                        ownQuality(factor, line.siteCountry())));
            }
        }
        return figures;
    }

    /** An inventory given as verified totals: Scope 1, Scope 2 location- and market-based, each as stated. */
    public List<EmissionFigure> ofVerifiedTotals(Inventory inventory) {
        Perspective perspective = inventory.supplierId() == null ? Perspective.BUYER : Perspective.SUPPLIER;
        List<EmissionFigure> figures = new ArrayList<>();
        addVerified(figures, perspective, inventory, 1, null, inventory.verifiedScope1Tonnes());
        addVerified(figures, perspective, inventory, 2, "LOCATION", inventory.verifiedScope2LocationTonnes());
        addVerified(figures, perspective, inventory, 2, "MARKET", inventory.verifiedScope2MarketTonnes() != null
                ? inventory.verifiedScope2MarketTonnes() : inventory.verifiedScope2LocationTonnes());
        return figures;
    }

    private void addVerified(List<EmissionFigure> figures, Perspective perspective, Inventory inventory, int scope, String basis, BigDecimal tonnes) {
        if (tonnes == null) {
            return;
        }
        BigDecimal kg = round(tonnes.multiply(THOUSAND));
        figures.add(new EmissionFigure(perspective, scope, basis, null, inventory.supplierId(), null, null, inventory.id(), Method.VERIFIED_TOTAL,
                "verified to ISO 14064-3 by " + inventory.verifier(), tonnes, Unit.T_CO2E.symbol(), null, null, null, null, kg,
                () -> plain(tonnes) + " t CO2e verified by " + inventory.verifier() + " = " + plain(kg) + " kg CO2e", new DataQuality(1, 1, 1, 1, 1),
                inventory.country()));
    }

    /** What a supplier's own figures add up to, for its customers' hybrid method. */
    public static SupplierTotals totals(Inventory inventory, List<EmissionFigure> own) {
        TotalsBuilder totals = new TotalsBuilder();
        own.forEach(totals::add);
        return totals.build(inventory);
    }

    /**
     * A purchase by the best method its data allow (supplier-specific, hybrid, average-data, spend-based), saying why
     * the better ones could not be used; category 4 lines by distance.
     */
    public EmissionFigure ofPurchase(Purchase p, List<Footprint> footprints, SupplierTotals supplier) {
        String where = "purchase " + p.id();
        if (p.category() == 4) {
            if (p.materialActivity() == null || p.quantity() == null) {
                throw new InvalidInputException(FieldViolation.of(where, "emissions.freight.incomplete"));
            }
            EmissionFactor factor = factors.forActivity(p.materialActivity(), FactorKind.FREIGHT, year, p.unit(), where);
            return byFactor(p, new Quantity(p.quantity(), p.unit()), factor, Method.DISTANCE_BASED, "tonne-km × mode factor",
                    new DataQuality(3, DataQuality.timeScore(year, factor.dataYear()), DataQuality.geographyScore(factor.region(), p.supplierCountry()), 3, 3));
        }
        List<String> why = new ArrayList<>();
        Optional<EmissionFigure> figure = supplierSpecific(p, footprints, why);
        if (figure.isEmpty()) {
            figure = hybrid(p, supplier, why);
        }
        if (figure.isEmpty()) {
            figure = averageData(p, why);
        }
        if (figure.isEmpty()) {
            figure = spendBased(p, why);
        }
        return figure.orElseThrow(() -> new InvalidInputException(FieldViolation.of(where, "emissions.purchase.noMethod", String.join("; ", why))));
    }

    private Optional<EmissionFigure> supplierSpecific(Purchase p, List<Footprint> footprints, List<String> why) {
        if (p.supplierId() == null || p.itemCode() == null) {
            why.add("no supplier or item code for a product footprint");
            return Optional.empty();
        }
        Optional<Footprint> footprint = footprints.stream().filter(f -> f.productCode().equalsIgnoreCase(p.itemCode()))
                .max(Comparator.comparingInt((Footprint f) -> f.referenceYear() <= year ? 1 : 0).thenComparingInt(Footprint::referenceYear));
        if (footprint.isEmpty()) {
            why.add("no product footprint for item " + p.itemCode());
            return Optional.empty();
        }
        Footprint f = footprint.get();
        if (p.quantity() == null || p.unit().dimension() != f.declaredUnit().dimension()) {
            why.add("footprint of " + p.itemCode() + " is per " + f.declaredUnit().symbol() + " but no quantity in such units was bought");
            return Optional.empty();
        }
        BigDecimal amount = new Quantity(p.quantity(), p.unit()).in(f.declaredUnit()).amount();
        BigDecimal co2e = round(amount.multiply(f.kgPerUnit()));
        return Optional.of(new EmissionFigure(Perspective.BUYER, 3, null, p.category(), p.supplierId(), null, p.id(), null, Method.SUPPLIER_SPECIFIC,
                "product footprint " + f.productCode() + " (" + f.standard() + ", " + f.studyReference() + ")", p.quantity(), p.unit().symbol(),
                null, f.kgPerUnit(), null, null, co2e,
                () -> plain(amount) + " " + f.declaredUnit().symbol() + " × " + plain(f.kgPerUnit()) + " kg CO2e/" + f.declaredUnit().symbol()
                        + " (footprint " + f.referenceYear() + ") = " + plain(co2e) + " kg CO2e",
                new DataQuality(1, DataQuality.timeScore(year, f.referenceYear()), 1, 2, f.verified() ? 1 : 2), p.supplierCountry()));
    }

    private Optional<EmissionFigure> hybrid(Purchase p, SupplierTotals supplier, List<String> why) {
        if (supplier == null) {
            why.add(p.supplierId() == null ? "no supplier" : "supplier has no submitted " + year + " inventory");
            return Optional.empty();
        }
        if (!supplier.hasInputs() && !supplier.inventory().verifiedTotals()) {
            why.add("supplier's inventory lists no purchased inputs (the hybrid method needs their upstream)");
            return Optional.empty();
        }
        Inventory inventory = supplier.inventory();
        BigDecimal share;
        AllocationBasis basis;
        String shareText;
        if (p.allocationBasis() == AllocationBasis.PHYSICAL && inventory.productionTonnes() != null && p.quantity() != null
                && p.unit().dimension() == PhysicalDimension.MASS) {
            BigDecimal tonnes = new Quantity(p.quantity(), p.unit()).in(Unit.TONNE).amount();
            share = tonnes.divide(inventory.productionTonnes(), Quantity.PRECISION);
            basis = AllocationBasis.PHYSICAL;
            shareText = plain(tonnes) + " t bought / " + plain(inventory.productionTonnes()) + " t produced";
        } else if (p.spendAmount() != null && inventory.revenue() != null) {
            BigDecimal spend = money.toUsdOf(p.spendAmount(), p.spendCurrency(), year, year, "purchase " + p.id()).usd();
            BigDecimal revenue = money.toUsdOf(inventory.revenue(), inventory.revenueCurrency(), year, year, "inventory " + inventory.id()).usd();
            share = spend.divide(revenue, Quantity.PRECISION);
            basis = AllocationBasis.ECONOMIC;
            shareText = plain(p.spendAmount()) + " " + p.spendCurrency() + " spent / " + plain(inventory.revenue()) + " "
                    + inventory.revenueCurrency() + " revenue";
        } else {
            why.add("neither revenue and spend nor production and mass to allocate the supplier's emissions by");
            return Optional.empty();
        }
        if (share.compareTo(BigDecimal.ONE) > 0) {
            why.add("allocation share above 100 % (" + shareText + "): check the supplier's revenue or production");
            return Optional.empty();
        }
        BigDecimal co2e = round(supplier.total().multiply(share));
        String allocation = shareText;
        DataQuality.Summary q = supplier.quality();
        DataQuality quality = q == null ? new DataQuality(2, 1, 1, 2, 2) : new DataQuality(2, roundScore(q.time()), roundScore(q.geography()),
                2, roundScore(q.reliability()));
        return Optional.of(new EmissionFigure(Perspective.BUYER, 3, null, p.category(), p.supplierId(), null, p.id(), inventory.id(), Method.HYBRID,
                "supplier's allocated Scope 1 and 2 plus the upstream of its inputs", p.quantity() != null ? p.quantity() : p.spendAmount(),
                p.quantity() != null ? p.unit().symbol() : p.spendCurrency(), null, null, basis, share, co2e,
                () -> "(" + plain(supplier.scope1()) + " Scope 1 + " + plain(supplier.scope2Market()) + " Scope 2 market + " + plain(supplier.inputs())
                        + " inputs) kg CO2e × " + allocation + " = " + plain(co2e) + " kg CO2e", quality, p.supplierCountry()));
    }

    private Optional<EmissionFigure> averageData(Purchase p, List<String> why) {
        if (p.materialActivity() == null || p.quantity() == null) {
            why.add("no material and quantity for the average-data method");
            return Optional.empty();
        }
        EmissionFactor factor = factors.forActivity(p.materialActivity(), FactorKind.MATERIAL, year, p.unit(), "purchase " + p.id());
        return Optional.of(byFactor(p, new Quantity(p.quantity(), p.unit()), factor, Method.AVERAGE_DATA,
                "quantity × cradle-to-gate average factor; " + String.join("; ", why), new DataQuality(3,
                        DataQuality.timeScore(year, factor.dataYear()), DataQuality.geographyScore(factor.region(), p.supplierCountry()), 3, 3)));
    }

    private Optional<EmissionFigure> spendBased(Purchase p, List<String> why) {
        if (p.spendAmount() == null || p.spendSector() == null) {
            why.add("no spend with an EEIO sector for the spend-based method");
            return Optional.empty();
        }
        EmissionFactor factor = factors.spend(p.spendSector(), year, "purchase " + p.id());
        MoneyConversion.Converted usd = money.toUsdOf(p.spendAmount(), p.spendCurrency(), year, factor.priceYear(), "purchase " + p.id());
        BigDecimal perUnit = factors.perUnit(factor);
        BigDecimal co2e = round(usd.usdOfPriceYear().multiply(perUnit));
        return Optional.of(new EmissionFigure(Perspective.BUYER, 3, null, p.category(), p.supplierId(), null, p.id(), null, Method.SPEND_BASED,
                "spend × EEIO factor; " + String.join("; ", why), p.spendAmount(), p.spendCurrency(), factor.id(), perUnit, null, null, co2e,
                () -> usd.explained() + " = " + plain(usd.usdOfPriceYear().setScale(2, RoundingMode.HALF_EVEN)) + " USD(" + factor.priceYear() + ") × "
                        + plain(perUnit) + " kg CO2e/USD (" + factor.key() + " v" + factor.version() + ") = " + plain(co2e) + " kg CO2e",
                new DataQuality(4, DataQuality.timeScore(year, factor.dataYear()), DataQuality.geographyScore(factor.region(), p.supplierCountry()), 3, 4),
                p.supplierCountry()));
    }

    private EmissionFigure byFactor(Purchase p, Quantity quantity, EmissionFactor factor, Method method, String reason, DataQuality quality) {
        Unit factorUnit = factor.unit().orElseThrow();
        BigDecimal perUnit = factors.perUnit(factor);
        BigDecimal amount = quantity.in(factorUnit).amount();
        BigDecimal co2e = round(amount.multiply(perUnit));
        return new EmissionFigure(Perspective.BUYER, 3, null, p.category(), p.supplierId(), null, p.id(), null, method, reason, p.quantity(),
                p.unit().symbol(), factor.id(), perUnit, null, null, co2e, () -> formula(amount, factorUnit, perUnit, factor, co2e), quality, p.supplierCountry());
    }

    private EmissionFigure byFactor(Perspective perspective, int scope, String basis, Integer category, Inventory inventory, Activity line,
                                    Quantity quantity, EmissionFactor factor, Method method, String reason, DataQuality quality) {
        Unit factorUnit = factor.unit().orElseThrow();
        BigDecimal perUnit = factors.perUnit(factor);
        BigDecimal amount = quantity.in(factorUnit).amount();
        BigDecimal co2e = round(amount.multiply(perUnit));
        return new EmissionFigure(perspective, scope, basis, category, inventory.supplierId(), line.id(), null, inventory.id(), method, reason,
                line.quantity(), line.unit().symbol(), factor.id(), perUnit, null, null, co2e, () -> formula(amount, factorUnit, perUnit, factor, co2e),
                quality, line.siteCountry());
    }

    private String formula(BigDecimal amount, Unit unit, BigDecimal perUnit, EmissionFactor factor, BigDecimal co2e) {
        String gwp = factor.hasGasBreakdown() ? factors.reporting().code() : "as published";
        return plain(amount) + " " + unit.symbol() + " × " + plain(perUnit) + " kg CO2e/" + unit.symbol() + " (" + factor.key() + " v"
                + factor.version() + ", GWP " + gwp + ") = " + plain(co2e) + " kg CO2e";
    }

    /** A company's own metered activity: technology and completeness as reported, time and place from the factor. */
    private DataQuality ownQuality(EmissionFactor factor, String country) {
        return new DataQuality(1, DataQuality.timeScore(year, factor.dataYear()), DataQuality.geographyScore(factor.region(), country), 2, 2);
    }

    private static int roundScore(BigDecimal score) {
        return Math.max(1, Math.min(5, score.setScale(0, RoundingMode.HALF_UP).intValue()));
    }

    static BigDecimal round(BigDecimal kg) {
        return kg.setScale(KG_SCALE, RoundingMode.HALF_EVEN);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * An amount with its unit. Conversion between units of one dimension is exact where the ratio is (kWh to MWh), else
 * rounded to 34 significant digits ({@link MathContext#DECIMAL128}); results are rounded only when shown. Adding or
 * converting across dimensions (litres to kWh, say) is an error, never a silent number: a fuel's volume becomes energy
 * only through a stated calorific value, which is a factor with a source of its own.
 */
public record Quantity(BigDecimal amount, Unit unit) {

    public static final MathContext PRECISION = MathContext.DECIMAL128;

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    /** The same quantity in another unit of its dimension. */
    public Quantity in(Unit target) {
        requireSameDimension(target);
        if (target == unit) {
            return this;
        }
        BigDecimal base = amount.multiply(unit.inBase(), PRECISION);
        return new Quantity(base.divide(target.inBase(), PRECISION).stripTrailingZeros(), target);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(other.in(unit).amount(), PRECISION), unit);
    }

    /**
     * This activity times a factor per unit of {@code factorUnit} (say 0.18 kg CO2e per kWh): the activity is first
     * converted into the factor's unit, which must measure the same thing.
     */
    public Quantity times(BigDecimal factor, Unit factorUnit, Unit resultUnit) {
        return new Quantity(in(factorUnit).amount().multiply(factor, PRECISION), resultUnit);
    }

    private void requireSameDimension(Unit target) {
        if (target.dimension() != unit.dimension()) {
            throw new InvalidInputException(FieldViolation.of("unit", "quantity.unit.mismatch", unit.symbol(),
                    unit.dimension().name().toLowerCase(java.util.Locale.ROOT), target.symbol(),
                    target.dimension().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** Equal amounts in the same unit are equal, whatever their scale (2.50 t and 2.5 t). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity q && q.unit == unit && q.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), unit);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.symbol();
    }
}

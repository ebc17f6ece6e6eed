package org.supplieresg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Company(String legalName, int contacts) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Company("Hanbit Separator", 2), "legalName")).isEqualTo("Hanbit Separator");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(context(), new Company("x", 2), "contacts")).isEqualTo(2);
    }

    @Test
    void leavesOtherObjectsToTheNextResolver() {
        ELContext context = context();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.isReadOnly(context(), "not a record", "length")).isFalse();
    }

    @Test
    void recordsAreReadOnlyAndUnknownComponentsAreNamed() {
        assertThat(resolver.isReadOnly(context(), new Company("x", 1), "legalName")).isTrue();
        assertThatThrownBy(() -> resolver.getValue(context(), new Company("x", 1), "password"))
                .isInstanceOf(PropertyNotFoundException.class).hasMessageContaining("Company has no component password");
    }
}

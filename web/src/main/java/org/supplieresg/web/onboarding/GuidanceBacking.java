package org.supplieresg.web.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.supplieresg.onboarding.Onboarding;
import org.supplieresg.reports.PolicyTemplate;
import org.supplieresg.training.TrainingViews;
import org.supplieresg.web.i18n.Texts;

/**
 * The "Where to start" card ({@code /WEB-INF/templates/guidance-card.xhtml}) of a supplier user: its weakest
 * dimensions, or every dimension while it has no score, with the policy templates to download and the training modules
 * to open. Only translates {@link Onboarding#advice} into the reader's language.
 */
@Named
@RequestScoped
public class GuidanceBacking {

    @Inject
    Onboarding onboarding;

    @Inject
    Texts texts;

    private List<Onboarding.Advice> advice;
    private Boolean scored;

    public List<Onboarding.Advice> getAdvice() {
        if (advice == null) {
            advice = onboarding.advice(texts.locale());
        }
        return advice;
    }

    public boolean isScored() {
        if (scored == null) {
            scored = onboarding.scored();
        }
        return scored;
    }

    public String dimensionName(Onboarding.Advice a) {
        return chinese() ? a.nameZh() : a.nameEn();
    }

    public String moduleTitle(TrainingViews.ModuleView module) {
        return chinese() ? module.titleZh() : module.titleEn();
    }

    /** Where a module opens: its publisher's page, or its material (only offered when assigned to the company). */
    public String moduleUrl(TrainingViews.ModuleView module, String contextPath) {
        return module.link() != null ? module.link() : contextPath + "/app/training-material?id=" + module.id();
    }

    /** The download of a template in English ({@code en}) or Chinese ({@code zh-CN}). */
    public String templateUrl(PolicyTemplate template, String language, String contextPath) {
        return contextPath + "/app/policy-template?template=" + template.name() + "&lang=" + language;
    }

    private boolean chinese() {
        return PolicyTemplate.chinese(texts.locale());
    }
}

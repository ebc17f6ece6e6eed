package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real messages, received by the suite's SMTP server: campaign invitations, answers sent back and reminders, in the
 * supplier's language (Chinese for suppliers in China, English elsewhere), to the supplier's contacts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");

    @Test
    void suppliersAreInvitedToldWhatWasSentBackAndRemindedInTheirLanguage() throws Exception {
        String deadline = LocalDate.now().plusDays(7).toString();
        String name = "Mail test " + System.nanoTime();
        // Supplier 22 is in China, supplier 2 (Hanbit Separator) in Korea.
        String chinaContact = buyer.get("api/suppliers/22").json().get("contacts").get(0).get("email").asText();
        Http.Reply launched = buyer.post("api/campaigns", Map.of("name", name, "deadline", deadline, "supplierIds", List.of(22, 2)));
        assertThat(launched.status()).as(launched.text()).isEqualTo(201);
        assertThat(buyer.get("api/suppliers/22").json().get("country").asText()).isEqualTo("CN");

        MimeMessage chinese = await(m -> to(m, chinaContact) && subject(m).contains(name) && subject(m).startsWith("ESG评估"));
        assertThat(body(chinese)).contains("诚邀贵公司于" + deadline + "前完成ESG评估“" + name + "”");
        MimeMessage english = await(m -> to(m, "esg@hanbit-separator.example") && subject(m).contains(name));
        assertThat(subject(english)).isEqualTo("ESG assessment \"" + name + "\": please answer by " + deadline);
        assertThat(body(english)).startsWith("Dear colleagues at Hanbit Separator Co., Ltd.,");

        // An answer sent back tells the supplier why.
        long assessment = 0;
        for (var a : launched.json().get("assessments")) {
            if (a.get("supplierId").asLong() == 2) {
                assessment = a.get("id").asLong();
            }
        }
        Http supplier2 = Http.basic("supplier2", "demo");
        AssessmentFixtures.answerTheRest(supplier2, assessment, Map.of());
        assertThat(supplier2.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        long version = 0;
        for (var row : buyer.get("api/assessments/" + assessment).json().get("answers")) {
            if (row.get("code").asText().equals("HSE-01")) {
                version = row.get("answerVersion").asLong();
            }
        }
        assertThat(buyer.put("api/assessments/" + assessment + "/answers/HSE-01/decision", Map.of("decision", "REJECTED",
                "reason", "The ISO 45001 certificate does not cover the Cheongju plant", "version", version)).status()).isEqualTo(200);
        MimeMessage rejected = await(m -> to(m, "esg@hanbit-separator.example") && subject(m).contains("HSE-01"));
        assertThat(body(rejected)).contains("The ISO 45001 certificate does not cover the Cheongju plant");

        // The deadline is 7 days away: the morning run reminds the supplier that has not submitted (22), not the one that has.
        assertThat(buyer.post("api/reminders/run", "{}").status()).as("admin only").isEqualTo(403);
        Http.Reply run = Http.basic("admin", "demo").post("api/reminders/run", "{}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        MimeMessage reminder = await(m -> to(m, chinaContact) && subject(m).startsWith("提醒：ESG评估“" + name + "”"));
        assertThat(body(reminder)).contains("目前已回答");
        Thread.sleep(1000); // a reminder to the supplier that submitted would have arrived together with the other one
        assertThat(TestMailServer.received()).noneMatch(m -> to(m, "esg@hanbit-separator.example") && subject(m).startsWith("Reminder")
                && subject(m).contains(name));

        // The same notices are kept in each company's portal inbox, in the reader's language, and only there.
        var inbox = supplier2.get("api/suppliers/2/messages").json();
        assertThat(inbox.findValuesAsText("subject")).contains(subject(english), subject(rejected));
        assertThat(inbox.findValuesAsText("body")).anyMatch(b -> b.contains("The ISO 45001 certificate does not cover the Cheongju plant"));
        var inChinese = buyer.get("api/suppliers/22/messages?lang=zh").json();
        assertThat(inChinese.findValuesAsText("subject")).contains(subject(chinese), subject(reminder));
        assertThat(buyer.get("api/suppliers/22/messages").json().findValuesAsText("subject"))
                .anyMatch(s -> s.startsWith("ESG assessment \"" + name + "\""));
        assertThat(supplier2.get("api/suppliers/22/messages").status()).isIn(403, 404);
    }

    static MimeMessage await(Predicate<MimeMessage> wanted) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(giveUp)) {
            for (MimeMessage m : TestMailServer.received()) {
                if (wanted.test(m)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such message among " + TestMailServer.received().size() + " received");
    }

    static boolean to(MimeMessage m, String address) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
        } catch (MessagingException e) {
            return false;
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String body(MimeMessage m) throws IOException, MessagingException {
        return m.getContent().toString();
    }
}

package org.qingfeng.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.network.NetworkDirectory;
import org.qingfeng.analysis.period.FigureSource;
import org.qingfeng.analysis.period.PeriodStates;
import org.qingfeng.analysis.report.rules.DraftEdit;
import org.qingfeng.analysis.report.rules.Quarter;
import org.qingfeng.analysis.report.rules.Texts;
import org.qingfeng.contracts.analysis.ReportDraftEdited;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.kafka.core.KafkaTemplate;

/** Draft edits: optimistic revisions, the closed quarter, what is published and audited. */
class QuarterlyReportsTests {

    private static final Actor STAFF = new Actor("u-staff", Set.of(Role.WORK_STATION_STAFF), ReportFixtures.STATION);
    private static final Quarter Q4 = ReportFixtures.QUARTER;

    private final ReportStore store = mock(ReportStore.class);
    private final AuditTrail audit = mock(AuditTrail.class);

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void publishesTheNextRevisionAuditedAsAReportingChange() {
        given(store.draft(ReportFixtures.STATION, Q4)).willReturn(Optional.empty());
        acknowledged();

        int revision = reports().edit(STAFF, "2026-Q4", edit(0));

        assertThat(revision).isEqualTo(1);
        ArgumentCaptor<ProducerRecord<String, Object>> sent = ArgumentCaptor.captor();
        then(kafka).should().send(sent.capture());
        assertThat(sent.getValue().key()).isEqualTo("330281|2026-Q4");
        ReportDraftEdited edited = (ReportDraftEdited) sent.getValue().value();
        assertThat(edited.revision()).isEqualTo(1);
        assertThat(edited.editedBy()).isEqualTo("u-staff");
        assertThat(edited.workDynamics()).isEqualTo("工作动态\n第二段");
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.captor();
        then(audit).should().record(any(Actor.class), entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditAction.REPORTING_CHANGED);
        assertThat(entry.getValue().scopeNode()).isEqualTo(ReportFixtures.STATION);
        assertThat(entry.getValue().detail()).isEqualTo("revision=1");
    }

    @Test
    void countsItsOwnPublishedRevisionBeforeTheProjectionCatchesUp() {
        given(store.draft(ReportFixtures.STATION, Q4)).willReturn(Optional.empty());
        acknowledged();
        QuarterlyReports reports = reports();
        reports.edit(STAFF, "2026-Q4", edit(0));

        assertThat(reports.edit(STAFF, "2026-Q4", edit(1))).isEqualTo(2);
        assertThatThrownBy(() -> reports.edit(STAFF, "2026-Q4", edit(1))).isInstanceOf(ReportConflict.class);
    }

    @Test
    void refusesAStaleRevisionWithoutPublishing() {
        given(store.draft(ReportFixtures.STATION, Q4))
                .willReturn(Optional.of(new ReportStore.Draft(3, new Texts("", "", ""))));

        assertThatThrownBy(() -> reports().edit(STAFF, "2026-Q4", edit(2)))
                .isInstanceOf(ReportConflict.class)
                .hasMessageContaining("第3版");
        then(kafka).should(never()).send(any(ProducerRecord.class));
    }

    @Test
    void refusesAnyEditOnceTheQuarterIsClosed() {
        given(store.draft(ReportFixtures.STATION, Q4)).willReturn(Optional.empty());
        beans.addBean("periods", new ClosedQuarter("330281", "2026-Q4"));

        assertThatThrownBy(() -> reports().edit(STAFF, "2026-Q4", edit(0)))
                .isInstanceOf(ReportConflict.class)
                .hasMessageContaining("关账");
        then(kafka).should(never()).send(any(ProducerRecord.class));
        then(audit).shouldHaveNoInteractions();
    }

    private void acknowledged() {
        given(kafka.send(any(ProducerRecord.class))).willReturn(CompletableFuture.completedFuture(null));
    }

    private static DraftEdit edit(int revision) {
        return new DraftEdit(revision, "工作动态\r\n第二段", "突出问题", "处置情况");
    }

    private QuarterlyReports reports() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));
        return new QuarterlyReports(
                store,
                beans.getBeanProvider(FigureSource.class),
                beans.getBeanProvider(PeriodStates.class),
                mock(NetworkDirectory.class),
                audit,
                kafka,
                Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC),
                binder.bindOrCreate("analysis", AnalysisProperties.class),
                binder.bindOrCreate("analysis.report", ReportProperties.class));
    }

    private record ClosedQuarter(String station, String period) implements PeriodStates {

        @Override
        public boolean isClosed(String stationCode, String closed) {
            return station.equals(stationCode) && period.equals(closed);
        }

        @Override
        public OptionalInt closedVersion(String stationCode, String closed) {
            return isClosed(stationCode, closed) ? OptionalInt.of(1) : OptionalInt.empty();
        }
    }
}

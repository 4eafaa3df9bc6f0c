package org.qingfeng.gateway;

import java.util.Map;

/**
 * Disposal's issue 7 answers exactly in the shapes of the shared API ({@code CaseJson} and the
 * lists, summary, inbox, findings and bulletin around it), with refusals planted on markers: a
 * stale {@code sequence} answers 409, a short reason 400 on its field.
 */
final class DisposalFixtures {

    private DisposalFixtures() {}

    /** An ORANGE case past its deadline, replied and awaiting verification: first in every list. */
    static final String OVERDUE_CASE = "5b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a41";
    /** A BLUE case due later, not yet acknowledged by its department. */
    static final String DUE_CASE = "6c2d3e4f-5061-4b72-9c83-0d9e8f7a6b52";

    static final String ATTACHMENT = "7d3e4f50-6172-4c83-8d94-1e0f9a8b7c63";
    static final String FINDING = "8e4f5061-7283-4d94-9ea5-2f1a0b9c8d74";
    /** The sequence the stub calls stale (the overdue case is at 7). */
    static final String STALE_MARKER = "\"sequence\":3";
    /** A reason the stub refuses as too short. */
    static final String SHORT_REASON_MARKER = "\"reason\":\"ab\"";

    static final String MOVED_ON = """
            {"type":"about:blank","title":"案件已变化 / The case has changed","status":409,
             "detail":"序号已过期 / stale sequence"}
            """;

    static StubBackend withCases(StubBackend disposal) {
        String overdue = "/api/cases/" + OVERDUE_CASE;
        return disposal.json("GET", "/api/cases", 200, anyCaseList())
                .json("GET", "/api/cases/summary", 200, anyCaseSummary())
                .json("GET", overdue, 200, anyCaseDetail())
                .answer("GET", "/api/cases/" + DUE_CASE, 404, "application/problem+json", NO_SUCH_CASE)
                .json("POST", "/api/cases", 202, "{\"caseId\":\"" + DUE_CASE + "\"}")
                .json("POST", overdue + "/talks", 202, stepped(OVERDUE_CASE, 8))
                .json("POST", overdue + "/talk-records", 202, stepped(OVERDUE_CASE, 8))
                .json("POST", overdue + "/verification", 202, stepped(OVERDUE_CASE, 8))
                .problemWhen(
                        "POST",
                        overdue + "/verification",
                        SHORT_REASON_MARKER,
                        400,
                        BackendFixtures.problem("reason", "至少 4 个字 / at least 4 characters"))
                .json("POST", overdue + "/referral", 202, stepped(OVERDUE_CASE, 8))
                .problemWhen("POST", overdue + "/referral", STALE_MARKER, 409, MOVED_ON)
                .answer(
                        "GET",
                        overdue + "/notices/2.pdf",
                        200,
                        "application/pdf",
                        "%PDF-notice",
                        Map.of("Content-Disposition", "attachment; filename=\"notice-2.pdf\""))
                .json("GET", "/api/disposal/findings", 200, anyFindings())
                .json("GET", "/api/inbox", 200, anyInbox())
                .json("GET", "/api/inbox/" + DUE_CASE, 200, anyInboxDetail())
                .json("POST", "/api/inbox/" + DUE_CASE + "/acknowledgement", 202, stepped(DUE_CASE, 3))
                .problemWhen("POST", "/api/inbox/" + DUE_CASE + "/acknowledgement", STALE_MARKER, 409, MOVED_ON)
                .json("POST", "/api/inbox/" + DUE_CASE + "/reply", 202, """
                        {"caseId":"%s","sequence":3,"attachments":[{"attachmentId":"%s","fileName":"整改报告.pdf","size":2048}]}
                        """.formatted(DUE_CASE, ATTACHMENT))
                .json("GET", "/api/bulletins/2026-11", 200, anyBulletin());
    }

    static final String NO_SUCH_CASE = "{\"title\":\"没有这个案件 / No such case\",\"status\":404}";

    static String stepped(String caseId, long sequence) {
        return "{\"caseId\":\"" + caseId + "\",\"sequence\":" + sequence + "}";
    }

    /** A row of {@code CaseJson} (no history, no notices). */
    static String anyCase(
            String caseId,
            long sequence,
            String colour,
            String colourLabel,
            String rungCode,
            String rungLabel,
            String state,
            String stateLabel,
            String dueAt,
            boolean overdue) {
        return """
                {"caseId":"%s","sequence":%d,"origin":"FINDING","findingId":"%s",
                 "itemIds":["0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40"],"unitCode":"330281-D03","unitName":"县住房和城乡建设局",
                 "townshipCode":"330281-101","recipientCode":"330281-D01","recipientName":"县卫生健康局",
                 "stationCode":"330281-WS","post":"财务科科长","ladder":"four-colour",
                 "ladderLabel":"四色预警 / Four-colour warning","rung":2,"rungCode":"%s","rungLabel":"%s",
                 "colour":"%s","colourLabel":"%s","state":"%s","stateLabel":"%s","dueAt":"%s",
                 "acknowledgeBy":null,"overdue":%s,"severity":"SERIOUS","policyVersion":"policy-1",
                 "openedAt":"2026-11-02T02:00:00Z","updatedAt":"2026-11-20T03:00:00Z"}
                """.formatted(
                caseId, sequence, FINDING, rungCode, rungLabel, colour, colourLabel, state, stateLabel, dueAt, overdue);
    }

    static String anyOverdueCase() {
        return anyCase(
                OVERDUE_CASE,
                7,
                "ORANGE",
                "橙色预警 / Orange",
                "ORANGE",
                "橙色预警：限期整改 / Orange: rectification with a deadline",
                "REPLIED",
                "已答复，待核查 / Replied, awaiting verification",
                "2026-11-10T16:00:00Z",
                true);
    }

    static String anyDueCase() {
        return anyCase(
                DUE_CASE,
                2,
                "BLUE",
                "蓝色预警 / Blue",
                "BLUE",
                "蓝色预警：书面说明 / Blue: written explanation",
                "OPEN",
                "待签收答复 / Awaiting acknowledgement and reply",
                "2026-12-08T16:00:00Z",
                false);
    }

    static String anyCaseList() {
        return """
                {"cases":[%s,%s],
                 "counts":{"BLUE":1,"YELLOW":0,"ORANGE":3,"RED":2,"overdue":1,"open":6,"finished":4}}
                """.formatted(anyOverdueCase(), anyDueCase());
    }

    static String anyCaseSummary() {
        return """
                {"byColour":{"BLUE":1,"YELLOW":0,"ORANGE":3,"RED":2},"overdue":1,"open":6,"finished":4}
                """;
    }

    static String anyInbox() {
        return "{\"cases\":[" + anyOverdueCase() + "," + anyDueCase() + "]}";
    }

    /** The overdue case with its history (a reply with a file) and its two notices. */
    static String anyCaseDetail() {
        String row = anyOverdueCase().strip();
        return row.substring(0, row.length() - 1) + """
                ,"history":[
                  {"sequence":1,"step":"OPENED","stepLabel":"立案 / Opened","occurredAt":"2026-11-02T02:00:00Z",
                   "actor":"disposal-service","rungCode":"BLUE","colour":"BLUE","state":"OPEN","dueAt":null,
                   "reason":"首次预警：风险等级较高 / first colour: high risk","text":null,"documentNumber":null,
                   "attachments":[],"talkKind":null,"scheduledFor":null,"confirmation":null},
                  {"sequence":2,"step":"NOTICE_ISSUED","stepLabel":"发出通知书 / Notice issued",
                   "occurredAt":"2026-11-02T02:00:00Z","actor":"disposal-service","rungCode":"BLUE","colour":"BLUE",
                   "state":"OPEN","dueAt":"2026-11-09T16:00:00Z","reason":"情况说明通知书","text":null,
                   "documentNumber":"〔2026〕7号","attachments":[],"talkKind":null,"scheduledFor":null,"confirmation":null},
                  {"sequence":5,"step":"TALK_SCHEDULED","stepLabel":"安排谈话 / Talk scheduled",
                   "occurredAt":"2026-11-12T02:00:00Z","actor":"u-0001","rungCode":"YELLOW","colour":"YELLOW",
                   "state":"OPEN","dueAt":null,"reason":"","text":null,"documentNumber":null,"attachments":[],
                   "talkKind":"WARNING_TALK","scheduledFor":"2026-11-14T01:30:00Z","confirmation":null},
                  {"sequence":7,"step":"REPLIED","stepLabel":"答复 / Replied","occurredAt":"2026-11-20T03:00:00Z",
                   "actor":"u-0003","rungCode":"ORANGE","colour":"ORANGE","state":"REPLIED","dueAt":"2026-11-10T16:00:00Z",
                   "reason":"","text":"已完成整改，制度已修订。","documentNumber":null,
                   "attachments":[{"attachmentId":"%s","fileName":"整改报告.pdf","size":2048}],
                   "talkKind":null,"scheduledFor":null,"confirmation":null}
                 ],
                 "notices":[
                  {"sequence":2,"documentNumber":"〔2026〕7号","title":"情况说明通知书",
                   "pdf":"/api/cases/%s/notices/2.pdf","ofd":"/api/cases/%s/notices/2.ofd"},
                  {"sequence":6,"documentNumber":"〔2026〕9号","title":"整改通知书",
                   "pdf":"/api/cases/%s/notices/6.pdf","ofd":"javascript:alert(1)"}
                 ]}
                """.formatted(ATTACHMENT, OVERDUE_CASE, OVERDUE_CASE, OVERDUE_CASE);
    }

    /** The BLUE case as its department reads it: opened and noticed, awaiting acknowledgement. */
    static String anyInboxDetail() {
        String row = anyDueCase().strip();
        return row.substring(0, row.length() - 1) + """
                ,"history":[
                  {"sequence":1,"step":"OPENED","stepLabel":"立案 / Opened","occurredAt":"2026-11-25T02:00:00Z",
                   "actor":"disposal-service","rungCode":"BLUE","colour":"BLUE","state":"OPEN","dueAt":null,
                   "reason":"首次预警 / first colour","text":null,"documentNumber":null,"attachments":[],
                   "talkKind":null,"scheduledFor":null,"confirmation":null},
                  {"sequence":2,"step":"NOTICE_ISSUED","stepLabel":"发出通知书 / Notice issued",
                   "occurredAt":"2026-11-25T02:00:00Z","actor":"disposal-service","rungCode":"BLUE","colour":"BLUE",
                   "state":"OPEN","dueAt":"2026-12-08T16:00:00Z","reason":"情况说明通知书","text":null,
                   "documentNumber":"〔2026〕12号","attachments":[],"talkKind":null,"scheduledFor":null,
                   "confirmation":null}
                 ],
                 "notices":[
                  {"sequence":2,"documentNumber":"〔2026〕12号","title":"情况说明通知书",
                   "pdf":"/api/cases/%s/notices/2.pdf","ofd":"/api/cases/%s/notices/2.ofd"}
                 ]}
                """.formatted(DUE_CASE, DUE_CASE);
    }

    static String anyFindings() {
        return """
                {"findings":[
                  {"findingId":"%s","period":"2026-11","stationCode":"330281-WS","kind":"EMERGING",
                   "destination":"DISPOSAL","regionCode":"330281-101","unitCode":"330281-C01","unitCodes":[],
                   "subjectArea":"work-style","severity":"SERIOUS","riskLevel":"HIGH",
                   "evidence":"县教育局工作作风类信息本月 4 条","history":[{"period":"2026-10","count":0}],
                   "itemIds":[],"competentDepartmentCode":null,"method":"monthly-1","publishedBy":"u-0001",
                   "publishedAt":"2026-12-01T02:00:00Z"}
                ]}
                """.formatted(FINDING);
    }

    static String anyBulletin() {
        return """
                {"month":"2026-11","rows":[
                  {"unitName":"县住房和城乡建设局","rungLabel":"橙色预警：限期整改 / Orange: rectification with a deadline",
                   "colour":"ORANGE","state":"REPLIED","opened":"2026-11-02","dueOn":"2026-11-10",
                   "repliedOn":"2026-11-20","closedOn":null},
                  {"unitName":"县教育局","rungLabel":"蓝色预警：书面说明 / Blue: written explanation","colour":"BLUE",
                   "state":"CLOSED","opened":"2026-11-05","dueOn":"2026-11-12","repliedOn":"2026-11-11",
                   "closedOn":"2026-11-13"}
                 ],
                 "totals":{"opened":2,"closed":1,"referred":0,"escalated":3,"overdue":1}}
                """;
    }
}

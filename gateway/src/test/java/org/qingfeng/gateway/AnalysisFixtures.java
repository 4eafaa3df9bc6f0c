package org.qingfeng.gateway;

import java.util.Map;

/**
 * Analysis's issue 6 answers as the console reads them, exactly in the shapes of the shared API:
 * a triage board, a month with findings, a period, the index, the register and a quarterly report.
 */
final class AnalysisFixtures {

    private AnalysisFixtures() {}

    static final String URGENT_ITEM = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b";
    static final String ROUTINE_ITEM = "4f3e2d1c-0b9a-4f8e-9d7c-6b5a4f3e2d1c";
    static final String BAD_SEVERITY_MARKER = "\"office\":\"bad-severity\"";
    static final String STALE_REVISION_MARKER = "\"revision\":6";
    static final String CLOSED_PERIOD_MARKER = "\"period\":\"2026-10\"";

    /** Analysis with every issue 6 page's answers, besides the assessment ranking. */
    static StubBackend anyAnalysis() {
        return StubBackend.start()
                .json("GET", "/api/assessments/2026", 200, BackendFixtures.anyRanking())
                .json("GET", "/api/triage/board", 200, anyBoard())
                .json("GET", "/api/triage/conflicts", 200, anyConflicts())
                .json("POST", "/api/triage", 202, "{\"itemId\":\"" + URGENT_ITEM + "\",\"sequence\":17}")
                .problemWhen(
                        "POST",
                        "/api/triage",
                        BAD_SEVERITY_MARKER,
                        400,
                        BackendFixtures.problem("classification.severity", "必填 / required"))
                .json("POST", "/api/triage/conflicts", 202, "{\"conflictId\":\"c-9\"}")
                .json("POST", "/api/triage/conflicts/withdrawal", 202, "{}")
                .json("GET", "/api/analysis/months/2026-11", 200, anyMonth())
                .json("GET", "/api/analysis/trend", 200, anyTrend())
                .json("POST", "/api/analysis/findings", 202, "{\"findingId\":\"f-1\"}")
                .json("GET", "/api/periods/2026-11", 200, anyPeriod())
                .answer("GET", "/api/periods/2026-12", 404, "application/problem+json", NO_SUCH_PERIOD)
                .json(
                        "POST",
                        "/api/periods/close",
                        202,
                        "{\"period\":\"2026-11\",\"version\":3,\"digest\":\"d\",\"figures\":40}")
                .problemWhen("POST", "/api/periods/close", CLOSED_PERIOD_MARKER, 409, ALREADY_CLOSED)
                .json("GET", "/api/index/2026-Q3", 200, anyIndex())
                .json(
                        "GET",
                        "/api/index/methods",
                        200,
                        "{\"methods\":[{\"version\":\"index-1\",\"summary\":\"s\",\"rules\":[]}]}")
                .json("GET", "/api/index/trend", 200, anyIndexTrend())
                .json("GET", "/api/register", 200, anyRegister())
                .json("GET", "/api/register/gaps", 200, anyGaps())
                .json("POST", "/api/register/points", 202, "{\"riskPointId\":\"330281-C01-P01\",\"version\":2}")
                .json("POST", "/api/register/self-checks", 202, "{}")
                .json("POST", "/api/register/import", 202, "{\"points\":12}")
                .problemWhen(
                        "POST",
                        "/api/register/import",
                        BackendFixtures.BAD_WORKBOOK_MARKER,
                        400,
                        BackendFixtures.problem("风险点台账 第5行 风险等级", "只能是 A、B 或 C / must be A, B or C"))
                .json("GET", "/api/reports/quarterly/2026-Q3", 200, anyReport())
                .answer("GET", "/api/reports/quarterly/2026-Q1", 403, "application/problem+json", FORBIDDEN)
                .json("PUT", "/api/reports/quarterly/2026-Q3/draft", 202, "{\"revision\":8}")
                .problemWhen("PUT", "/api/reports/quarterly/2026-Q3/draft", STALE_REVISION_MARKER, 409, STALE_DRAFT)
                .answer(
                        "GET",
                        "/api/reports/quarterly/2026-Q3/docx",
                        200,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "PK-docx",
                        Map.of("Content-Disposition", "attachment; filename=\"2026-Q3.docx\""));
    }

    static final String NO_SUCH_PERIOD = "{\"title\":\"没有这个期间 / No such period\",\"status\":404}";
    static final String ALREADY_CLOSED =
            "{\"title\":\"该期间已结账 / The period is already closed\",\"status\":409,\"detail\":\"先重新打开 / reopen it first\"}";
    static final String FORBIDDEN = "{\"title\":\"无权访问 / Forbidden\",\"status\":403}";
    static final String STALE_DRAFT = "{\"title\":\"草稿已有更新的修订 / A newer revision exists\",\"status\":409}";

    /** Two items, the urgent one first as analysis orders them; one decided; two withheld. */
    static String anyBoard() {
        return """
                {"month":"2026-11","counts":{"total":5,"open":1,"ACCEPTED":1,"DUPLICATE":0,"LINKED":0,
                 "UNFOUNDED":0,"MALICIOUS":0},"excluded":2,"items":[
                  {"itemId":"%s","submittedAt":"2026-11-03T01:15:00Z","regionCode":"330281-101-001",
                   "townshipCode":"330281-101","unitCode":"330281-C01","subjectArea":"work-style",
                   "channel":"WEB_FORM","urgency":"IMMEDIATE","submitterKind":"ANONYMOUS","sequence":0,
                   "matches":[{"itemId":"%s","relation":"SAME_INCIDENT","similarity":0.82}]},
                  {"itemId":"%s","submittedAt":"2026-11-02T08:00:00Z","regionCode":"330281-102",
                   "townshipCode":"330281-102","unitCode":"330281-D01","subjectArea":"medical-ethics",
                   "channel":"LETTER","urgency":"ROUTINE","submitterKind":"INFORMANT","decision":"ACCEPTED",
                   "sequence":3,"reason":"属实","classification":{"subjectArea":"medical-ethics",
                   "riskCategory":"POST_DUTIES","riskPointId":"330281-D01-P02","severity":"SERIOUS","office":"office-1"},
                   "decidedAt":"2026-11-04T02:00:00Z","decidedBy":"u-7","matches":[]}
                ]}
                """.formatted(URGENT_ITEM, ROUTINE_ITEM, ROUTINE_ITEM);
    }

    static String anyConflicts() {
        return """
                {"conflicts":[{"conflictId":"c-1","kind":"HOME_TOWNSHIP","target":"330281-102","reason":"籍贯",
                  "declaredAt":"2026-10-01T00:00:00Z"}],"exclusions":2}
                """;
    }

    static String anyMonth() {
        return """
                {"period":"2026-11","scope":"330281","method":"monthly-1",
                 "totals":{"items":42,"handled":30,"unhandled":12},
                 "byTownship":[{"code":"330281-101","items":25,"handled":20},{"code":"330281-102","items":17,"handled":10}],
                 "byUnit":[{"code":"330281-C01","items":9,"handled":4}],
                 "bySubject":[{"code":"work-style","items":20,"handled":15},{"code":"medical-ethics","items":22,"handled":15}],
                 "byChannel":[{"code":"WEB_FORM","items":30,"handled":20},{"code":"LETTER","items":12,"handled":10}],
                 "findings":[
                  {"findingId":"f-1","kind":"EMERGING","regionCode":"330281-101","unitCode":"330281-C01","unitCodes":[],
                   "subjectArea":"work-style","count":4,
                   "evidence":"城关镇县教育局工作作风类信息本月 4 条，前三个月均为 0 条",
                   "numbers":{"count":4,"baseline":0.0},"history":[{"period":"2026-08","count":0},
                   {"period":"2026-09","count":0},{"period":"2026-10","count":0},{"period":"2026-11","count":4}],
                   "itemIds":["%s","%s"],"suggestedDestination":"DISPOSAL"},
                  {"findingId":"f-2","kind":"WIDESPREAD","regionCode":"330281","unitCode":null,
                   "unitCodes":["330281-C01","330281-D01"],"subjectArea":"medical-ethics","count":9,
                   "evidence":"医德医风类信息涉及 2 个单位","numbers":{},"history":[],"itemIds":[],
                   "suggestedDestination":"EXCHANGE","competentDepartmentCode":"330281-D01",
                   "published":{"destination":"EXCHANGE","severity":"MODERATE","publishedAt":"2026-12-01T02:00:00Z"}}
                 ]}
                """.formatted(URGENT_ITEM, ROUTINE_ITEM);
    }

    static String anyTrend() {
        return """
                {"months":[{"period":"2026-09","items":30,"handled":28},{"period":"2026-10","items":35,"handled":31},
                 {"period":"2026-11","items":42,"handled":30}]}
                """;
    }

    static String anyPeriod() {
        return """
                {"period":"2026-11","state":"CLOSED","version":2,
                 "versions":[{"version":1,"state":"CLOSED","at":"2026-12-05T02:00:00Z","actor":"u-7","digest":"ab12"},
                  {"version":2,"state":"CLOSED","at":"2026-12-09T03:00:00Z","actor":"u-7","digest":"cd34",
                   "reason":"补录迟到的乡镇月报"}],
                 "figures":[{"table":"byTownship","key":"330281-101","value":25.0}],
                 "changes":[{"table":"byTownship","key":"330281-101","from":24.0,"to":25.0}],
                 "live":[{"table":"byTownship","key":"330281-101","frozen":25.0,"now":26.0}]}
                """;
    }

    static String anyIndex() {
        return """
                {"quarter":"2026-Q3","method":"index-1","rows":[
                  {"nodeCode":"330281-101","nodeKind":"TOWNSHIP","integrity":{"score":86.5,"grade":"B","deductions":[
                    {"rule":"red-warning","label":"红色预警","points":5,"count":1,"itemIds":["%s"],
                     "warningIds":["w-1"],"findingIds":[]}]},
                   "completeness":{"score":100,"deductions":[]},"suppressed":false},
                  {"nodeCode":"330281-102","nodeKind":"TOWNSHIP","integrity":null,"completeness":null,"suppressed":true}
                ]}
                """.formatted(URGENT_ITEM);
    }

    static String anyIndexTrend() {
        return """
                {"node":"330281-101","method":"index-1","points":[{"quarter":"2026-Q2","integrity":90,"grade":"A",
                 "completeness":95},{"quarter":"2026-Q3","integrity":86.5,"grade":"B","completeness":100}]}
                """;
    }

    static String anyRegister() {
        return """
                {"points":[
                  {"riskPointId":"330281-C01-P01","unitCode":"330281-C01","post":"财务科长","description":"经费报销审核不严",
                   "category":"BUSINESS_PROCESS","level":"A","measures":"双人复核","leaderLevel":"分管领导",
                   "responsibleLeader":"副局长","holderSince":"2020-03-01","lastSelfCheckOn":"2026-01-10",
                   "nextSelfCheckOn":"2026-07-10","overdue":true,"rotationDue":true,"firing":true,"items90d":3,
                   "keywords":["报销","发票"]}
                 ],"summary":{"A":1,"B":0,"C":0,"overdue":1,"rotationDue":1,"firing":1}}
                """;
    }

    static String anyGaps() {
        return """
                {"items":[{"itemId":"%s","unitCode":"330281-D01","subjectArea":"medical-ethics",
                  "riskCategory":"EXTERNAL_ENVIRONMENT","decidedAt":"2026-11-04T02:00:00Z"}]}
                """.formatted(ROUTINE_ITEM);
    }

    /** A report whose draft has no salient problems yet: that part shows analysis's suggestion. */
    static String anyReport() {
        return """
                {"quarter":"2026-Q3","stationCode":"330281-WS","closed":false,"revision":7,
                 "workDynamics":"本季度召开信息员座谈会 3 次。","salientProblems":"","handlingStatus":null,
                 "suggested":{"workDynamics":"建议文字一","salientProblems":"医德医风类信息集中于县卫生健康局。",
                  "handlingStatus":"已处置 30 条。"},
                 "tables":[{"title":"表1 各乡镇受理情况","columns":["乡镇","受理","办结"],"rows":[["城关镇",25,20]]}]}
                """;
    }
}

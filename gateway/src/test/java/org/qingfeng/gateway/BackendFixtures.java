package org.qingfeng.gateway;

/** What the services answer in these tests, shaped like their real query APIs. */
final class BackendFixtures {

    /** An item's description: confidential, so it must never reach the console. */
    static final String CONFIDENTIAL_DESCRIPTION = "村集体资金使用未按规定公示。";

    /** An item whose query the intake stub answers by closing the connection. */
    static final String DROPPED_ITEM_ID = "2d1b5e70-8c6f-4a0d-9b43-5e9f7c3a0d62";

    static final String TOO_LARGE_PROBLEM = """
            {"type":"about:blank","title":"提交内容过大 / Submission too large","status":413}
            """;

    private BackendFixtures() {}

    static StubBackend anyIntake() {
        return StubBackend.start()
                .json("GET", "/api/items", 200, anyRecentItems())
                .json("GET", "/api/network/nodes", 200, anyNetworkNodes())
                .json("GET", "/api/ping", 200, "{\"pong\":true}")
                .answer("POST", "/api/items", 413, "application/problem+json", TOO_LARGE_PROBLEM);
    }

    static StubBackend anyDisposal() {
        return StubBackend.start()
                .json("GET", "/api/warnings", 200, anyRecentWarnings())
                .json("GET", "/api/warnings/summary", 200, anyWarningSummary());
    }

    static String anyRecentItems() {
        return """
                {"items":[
                  {"itemId":"0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40","status":"WARNED","statusLabel":"已预警",
                   "submittedAt":"2026-11-03T01:15:30Z","regionCode":"330281-101-001","townshipCode":"330281-101",
                   "unitCode":"330281-D03","subjectArea":"work-style","riskCategory":"POST_DUTIES",
                   "urgency":"IMMEDIATE","channel":"WEB_FORM","description":"%s","warning":{"colour":"RED"},
                   "addedLater":"ignored"},
                  {"itemId":"1c0a4d6f-7b5e-4f9c-8a32-4d8e6b2f9c51","status":"RECEIVED","statusLabel":"已受理",
                   "submittedAt":"2026-11-03T02:00:00Z","regionCode":"330281-102-003","townshipCode":"330281-102",
                   "unitCode":"330281-D05","subjectArea":"medical-ethics","riskCategory":null,
                   "urgency":"ROUTINE","channel":"HOTLINE","description":"%s","warning":null}
                ]}
                """.formatted(CONFIDENTIAL_DESCRIPTION, CONFIDENTIAL_DESCRIPTION);
    }

    /**
     * Intake's registry: a bare JSON array of nodes. Unit 330281-D05 is deliberately missing, so the
     * console must fall back to its code.
     */
    static String anyNetworkNodes() {
        return """
                [
                  {"code":"330281","kind":"COUNTY","name":"示范县","parentCode":null,
                   "competentDepartmentCode":null,"active":true},
                  {"code":"330281-101","kind":"TOWNSHIP","name":"城关镇","parentCode":"330281",
                   "competentDepartmentCode":null,"active":true},
                  {"code":"330281-102","kind":"TOWNSHIP","name":"青山镇","parentCode":"330281",
                   "competentDepartmentCode":null,"active":true},
                  {"code":"330281-D03","kind":"DEPARTMENT","name":"县住房和城乡建设局","parentCode":"330281",
                   "competentDepartmentCode":null,"active":true,"addedLater":"ignored"},
                  {"code":"330281-101-I07","kind":"INFORMANT","name":"清风七号","parentCode":"330281-101",
                   "competentDepartmentCode":null,"active":true}
                ]
                """;
    }

    static String anyRecentWarnings() {
        return """
                {"warnings":[
                  {"warningId":"4a3b2c1d-0e9f-3a8b-9c7d-6e5f4a3b2c1d","itemId":"0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40",
                   "unitCode":"330281-D03","townshipCode":"330281-101","colour":"RED","colourLabel":"红色预警",
                   "measure":"立案调查","policyVersion":"placeholder-1","reason":"immediate item: file a case",
                   "issuedAt":"2026-11-03T01:15:31Z"}
                ]}
                """;
    }

    static String anyWarningSummary() {
        return """
                {"byColour":{"BLUE":3,"YELLOW":2,"ORANGE":1,"RED":1}}
                """;
    }
}

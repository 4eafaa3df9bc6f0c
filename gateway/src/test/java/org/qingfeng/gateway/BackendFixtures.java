package org.qingfeng.gateway;

import java.util.Map;

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
        return DisposalFixtures.withCases(StubBackend.start());
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

    /** An informant's identity, planted where a service should never put it: the console must not show it. */
    static final String CANARY_NAME = "欧阳清风";

    static final String CANARY_PHONE = "13912345678";

    static final String DISMISSED_TOKEN = "inf-7Q2W9E4R1T6Y3U8I5O0P2A7S4D";

    static final String COMMENDED_TOKEN = "inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F";

    static final String APPOINTED_TOKEN = "inf-1A2B3C4D5E6F7G8H9J0K1M2N3P";

    /** A parent code the intake stub refuses, as intake refuses a parent it does not know. */
    static final String UNKNOWN_PARENT = "330281-999";

    /** A home node the intake stub refuses for an appointment (outside the appointer's level). */
    static final String OUT_OF_LEVEL_HOME = "330281-C01";

    /** Bytes in a workbook the intake stub refuses row by row. */
    static final String BAD_WORKBOOK_MARKER = "bad-rows";

    /** The whole stack up, with every endpoint the console pages read and write. */
    static StubBackend anyNetworkIntake() {
        StubBackend intake = StubBackend.start()
                .json("GET", "/api/items", 200, anyRecentItems())
                .json("GET", "/api/network/nodes", 200, anyRegistry())
                .json("PUT", "/api/network/nodes", 202, "{\"accepted\":1}")
                .json("PUT", "/api/reviewers/names", 202, "{\"count\":2}")
                .problemWhen(
                        "PUT",
                        "/api/network/nodes",
                        UNKNOWN_PARENT,
                        400,
                        problem("[0].parentCode", "上级节点不存在 / no such parent node"))
                .json("POST", "/api/network/import", 202, "{\"nodes\":221,\"informants\":2000}")
                .problemWhen(
                        "POST",
                        "/api/network/import",
                        BAD_WORKBOOK_MARKER,
                        400,
                        problem("网络节点 第5行 上级代码", "上级节点不存在 / no such parent node"))
                .answer(
                        "GET",
                        "/api/network/template",
                        200,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "template")
                .json("GET", "/api/informants", 200, anyRoster())
                .json("POST", "/api/informants", 201, "{\"informantToken\":\"" + APPOINTED_TOKEN + "\"}")
                .problemWhen(
                        "POST",
                        "/api/informants",
                        OUT_OF_LEVEL_HOME,
                        400,
                        problem("homeNodeCode", "工作站不能任命此级别的信息员 / outside the appointer's level"))
                .json("POST", "/api/informants/record", 200, anyRecord())
                .json("POST", "/api/informants/status", 202, "{}")
                .json("POST", "/api/informants/training", 202, "{}")
                .json("POST", "/api/informants/contacts", 202, "{}")
                .json("POST", "/api/informants/decisions", 202, "{}")
                .json("GET", "/api/reporting/windows", 200, anyWindows())
                .json("POST", "/api/items", 202, anyReceipted())
                .problemWhen(
                        "POST",
                        "/api/items",
                        TOO_SHORT_MARKER,
                        400,
                        problem("description", "须为 10 到 4000 字 / must be 10 to 4000 characters"))
                .json("POST", "/api/receipts/status", 200, anyReceiptStatus())
                .problemWhen("POST", "/api/receipts/status", WRONG_RECEIPT, 404, NO_SUCH_RECEIPT)
                .json("POST", "/api/receipts/answers", 202, "{}")
                .problemWhen("POST", "/api/receipts/answers", WRONG_RECEIPT, 404, NO_SUCH_RECEIPT)
                .problemWhen("POST", "/api/receipts/answers", EMPTY_ANSWER, 400, problem("text", "必填 / required"))
                .json("POST", "/api/receipts/confirmation", 202, "{}")
                .json("POST", "/api/items/on-behalf", 202, anyReceipted())
                .problemWhen(
                        "POST",
                        "/api/items/on-behalf",
                        "\"unitCode\":\"X\"",
                        400,
                        problem("unitCode", "不是在用的部门或市直单位 / not an active department or city unit"))
                .json("POST", "/api/items/batch", 202, "{\"items\":12,\"batchId\":\"b-1\"}")
                .problemWhen(
                        "POST",
                        "/api/items/batch",
                        BAD_WORKBOOK_MARKER,
                        400,
                        problem("预警信息 第7行 所属区域代码", "必填 / required"))
                .json(
                        "POST",
                        "/api/reporting/quarterly-reports",
                        202,
                        "{\"reportId\":\"r-1\",\"itemIds\":[],\"state\":\"ON_TIME\"}");
        return withAnItem(intake);
    }

    /** The item whose page shows all four parts: the item, a file, a match and a thread. */
    static final String ITEM_ID = "0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40";
    /** The item it was matched with, which intake has not compared yet. */
    static final String MATCHED_ITEM_ID = "1c0a4d6f-7b5e-4f9c-8a32-4d8e6b2f9c51";

    static final String ATTACHMENT_ID = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";
    /** A question the intake stub refuses on its field. */
    static final String BAD_QUESTION = "?";

    private static StubBackend withAnItem(StubBackend intake) {
        String item = "/api/items/" + ITEM_ID;
        String matched = "/api/items/" + MATCHED_ITEM_ID;
        return intake.json("GET", item, 200, anyItem(ITEM_ID, CONFIDENTIAL_DESCRIPTION))
                .json("GET", item + "/attachments", 200, """
                        {"attachments":[{"attachmentId":"%s","mediaType":"application/pdf","size":12800,
                          "fileName":"附件1.pdf"}]}
                        """.formatted(ATTACHMENT_ID))
                .answer(
                        "GET",
                        item + "/attachments/" + ATTACHMENT_ID,
                        200,
                        "application/pdf",
                        "%PDF-1.7 bytes",
                        Map.of(
                                "Content-Disposition", "attachment; filename*=UTF-8''%E9%99%84%E4%BB%B61.pdf",
                                "X-Content-Type-Options", "nosniff",
                                "Cache-Control", "no-store"))
                .json("GET", item + "/matches", 200, """
                        {"matches":[{"itemId":"%s","relation":"SAME_INCIDENT","similarity":0.87}]}
                        """.formatted(MATCHED_ITEM_ID))
                .json("GET", item + "/follow-ups", 200, """
                        {"thread":[
                          {"followUpId":"6a1f0e2d-3c4b-4a59-8e7d-1f2a3b4c5d6e","kind":"QUESTION","text":"是哪一天的事？",
                           "at":"2026-11-03T02:00:00Z","askedBy":"u-0001"},
                          {"followUpId":"7b2a1f3e-4d5c-4b6a-9f8e-2a3b4c5d6e7f","kind":"ANSWER","text":"十月二十八日",
                           "at":"2026-11-03T09:00:00Z","questionId":"6a1f0e2d-3c4b-4a59-8e7d-1f2a3b4c5d6e"},
                          {"followUpId":"8c3b2a4f-5e6d-4c7b-a09f-3b4c5d6e7f80","kind":"CONFIRMATION","text":"已经改了",
                           "at":"2026-11-20T16:30:00Z","rectified":"PARTLY"}
                        ]}
                        """)
                .json("GET", matched, 200, anyItem(MATCHED_ITEM_ID, "另一处也有同样的问题发生。"))
                .json("GET", matched + "/attachments", 200, "{\"attachments\":[]}")
                .answer("GET", matched + "/matches", 404, "application/problem+json", NO_SUCH_ITEM)
                .json("GET", matched + "/follow-ups", 200, "{\"thread\":[]}")
                .json("POST", "/api/items/questions", 202, "{\"followUpId\":\"9d4c3b5a-6f7e-4d8c-b1a0-4c5d6e7f8091\"}")
                .problemWhen(
                        "POST",
                        "/api/items/questions",
                        "\"text\":\"" + BAD_QUESTION + "\"",
                        400,
                        problem("text", "须为 2 到 2000 字 / must be 2 to 2000 characters"));
    }

    static final String NO_SUCH_ITEM = "{\"title\":\"没有这个事项 / No such item\",\"status\":404}";

    static String anyItem(String itemId, String description) {
        return """
                {"itemId":"%s","status":"WARNED","statusLabel":"已预警","submittedAt":"2026-11-03T01:15:30Z",
                 "submitterKind":"INFORMANT","regionCode":"330281-101-001","townshipCode":"330281-101",
                 "unitCode":"330281-D03","subjectArea":"work-style","riskCategory":"POST_DUTIES",
                 "urgency":"IMMEDIATE","channel":"LETTER","description":"%s",
                 "warning":{"warningId":"4a3b2c1d-0e9f-3a8b-9c7d-6e5f4a3b2c1d","colour":"RED",
                   "issuedAt":"2026-11-03T01:15:31Z"},"addedLater":"ignored"}
                """.formatted(itemId, description);
    }

    static final String RECEIPT = "7K3M-Q9XD-2HFA-8B4N-R6TW-5YCE";
    /** A receipt intake does not know (the stub answers 404 when a body contains it). */
    static final String WRONG_RECEIPT = "0000-0000-0000-0000-0000-0000";
    /** A description the stub refuses on its field. */
    static final String TOO_SHORT_MARKER = "too-short";

    static final String EMPTY_ANSWER = "\"text\":\"-\"";
    static final String NO_SUCH_RECEIPT = "{\"title\":\"没有与此回执对应的事项 / No item for this receipt\",\"status\":404}";

    static String anyReceipted() {
        return "{\"itemId\":\"5f0c7a4e-1b2d-4c3e-9f8a-7b6c5d4e3f21\",\"receipt\":\"" + RECEIPT
                + "\",\"status\":\"RECEIVED\",\"submittedAt\":\"2026-11-02T01:30:00Z\"}";
    }

    static String anyReceiptStatus() {
        return """
                {"status":"UNDER_VERIFICATION","statusLabel":"核查中 / Under verification",
                 "submittedAt":"2026-11-02T01:30:00Z","canConfirm":true,
                 "thread":[
                   {"followUpId":"q-1","kind":"QUESTION","text":"是哪一天的事？","at":"2026-11-03T02:00:00Z"},
                   {"followUpId":"q-2","kind":"QUESTION","text":"涉及哪个科室？","at":"2026-11-03T02:05:00Z"},
                   {"followUpId":"a-1","kind":"ANSWER","text":"十月二十八日","at":"2026-11-03T09:00:00Z","questionId":"q-1"}
                 ]}
                """;
    }

    static StubBackend anyNetworkDisposal() {
        return anyDisposal().json("GET", "/api/reporting-signals", 200, anySignals());
    }

    static String problem(String field, String message) {
        return """
                {"type":"about:blank","title":"请求中有字段不符合要求 / Some fields of the request are not valid",
                 "status":400,"detail":"请检查 errors 中的字段 / Check the fields listed in errors",
                 "errors":[{"field":"%s","message":"%s"}]}
                """.formatted(field, message);
    }

    /** A small county: every kind of node, a monitoring point in a hospital, a department's roles. */
    static String anyRegistry() {
        return """
                [
                  {"code":"330281","kind":"COUNTY","name":"示范县","parentCode":null,"active":true,"contactRoles":[]},
                  {"code":"330281-WS","kind":"WORK_STATION","name":"县纪委预警信息工作站","parentCode":"330281",
                   "active":true,"contactRoles":[]},
                  {"code":"330281-101","kind":"TOWNSHIP","name":"城关镇","parentCode":"330281","active":true},
                  {"code":"330281-101-001","kind":"VILLAGE","name":"东门村","parentCode":"330281-101","active":true},
                  {"code":"330281-101-001-01","kind":"GROUP","name":"东门村一组","parentCode":"330281-101-001",
                   "active":false},
                  {"code":"330281-102","kind":"TOWNSHIP","name":"青山镇","parentCode":"330281","active":true},
                  {"code":"330281-C01","kind":"CITY_UNIT","name":"县教育局","parentCode":"330281","active":true},
                  {"code":"330281-D01","kind":"DEPARTMENT","name":"县卫生健康局","parentCode":"330281","active":true,
                   "contactRoles":["主要负责人","纪检组长"]},
                  {"code":"330281-D03","kind":"DEPARTMENT","name":"县住房和城乡建设局","parentCode":"330281",
                   "competentDepartmentCode":null,"active":true,"contactRoles":["主要负责人","纪检联络员"],
                   "description":"负责全县城乡建设和住房保障。"},
                  {"code":"330281-M01","kind":"MONITORING_POINT","name":"县人民医院监测点","parentCode":"330281",
                   "competentDepartmentCode":"330281-D01","active":true,"host":"HOSPITAL",
                   "contactRoles":["院纪委书记"],"addedLater":"ignored"}
                ]
                """;
    }

    /** The roster, with an identity planted where intake must never put one. */
    static String anyRoster() {
        return """
                {"informants":[
                  {"informantToken":"%s","homeNodeCode":"330281-101-001","appointedByCode":"330281-101",
                   "type":"SPECIAL_INVITED","backgrounds":["RETIRED_CADRE"],"roles":["INTEGRITY","VILLAGE_AFFAIRS_SUPERVISOR"],
                   "status":"ACTIVE","appointedOn":"2025-03-01","version":3,"training":1,"lastTrainingOn":"2025-04-16",
                   "rotationDue":true,"contacts":2,"lastContactOn":"2026-06-03",
                   "name":"%s","phone":"%s"},
                  {"informantToken":"%s","homeNodeCode":"330281-101","appointedByCode":"330281-WS",
                   "type":"REGULAR","backgrounds":[],"roles":["INTEGRITY"],"status":"SUSPENDED",
                   "appointedOn":"2024-05-10","version":5,"training":3,"lastTrainingOn":"2026-03-02",
                   "rotationDue":false,"contacts":0,"lastContactOn":null}
                ]}
                """.formatted(COMMENDED_TOKEN, CANARY_NAME, CANARY_PHONE, DISMISSED_TOKEN);
    }

    static String anyRecord() {
        return """
                {"informantToken":"%s","homeNodeCode":"330281-101-001","appointedByCode":"330281-101",
                 "type":"SPECIAL_INVITED","status":"ACTIVE","appointedOn":"2025-03-01","rotationDue":true,
                 "name":"%s",
                 "trainingRecords":[{"on":"2025-04-16","level":"VILLAGE_ROTATION","course":"2025年村级预警信息员轮训","hours":4}],
                 "contactLog":[{"on":"2026-06-03","way":"VISIT","note":"%s"}],
                 "decisions":[{"year":2025,"verdict":"COMMEND","decidedBy":"330281-WS","decidedAt":"2026-01-20T03:00:00Z",
                   "method":"assessment-1","figures":["items=14","adoptedShare=0.71"]}]}
                """.formatted(COMMENDED_TOKEN, CANARY_NAME, CANARY_PHONE);
    }

    /** Two informants: one to commend, one whose items were mostly unfounded, to dismiss. */
    static String anyRanking() {
        return """
                {"year":2026,"method":"assessment-1","informants":[
                  {"rank":1,"informantToken":"%s","homeNodeCode":"330281-101-001","status":"ACTIVE",
                   "items":14,"adopted":10,"adoptedShare":0.7143,"timely":13,"timelyShare":0.9286,
                   "duplicates":1,"unfounded":0,"malicious":0,"score":91.5,"recommendation":"COMMEND",
                   "reasons":["采用率高 / high adoption"]},
                  {"rank":2,"informantToken":"%s","homeNodeCode":"330281-101","status":"ACTIVE",
                   "items":6,"adopted":1,"adoptedShare":0.1667,"timely":2,"timelyShare":0.3333,
                   "duplicates":0,"unfounded":4,"malicious":1,"score":12.0,"recommendation":"DISMISS",
                   "reasons":["不实信息过多 / too many unfounded items","有恶意举报 / a malicious item"]}
                ]}
                """.formatted(COMMENDED_TOKEN, DISMISSED_TOKEN);
    }

    /** One window of each state across two units, one of them a nil report. */
    static String anyWindows() {
        return """
                {"windows":[
                  {"unitCode":"330281-101","cycle":"TOWNSHIP_MONTHLY","period":"2026-09","opensOn":"2026-10-01",
                   "closesOn":"2026-10-08","state":"LATE","filedAt":"2026-10-09T01:30:00Z","nil":true,"itemCount":0},
                  {"unitCode":"330281-101","cycle":"TOWNSHIP_MONTHLY","period":"2026-10","opensOn":"2026-11-01",
                   "closesOn":"2026-11-06","state":"ON_TIME","filedAt":"2026-11-04T02:00:00Z","nil":false,"itemCount":3},
                  {"unitCode":"330281-101","cycle":"TOWNSHIP_MONTHLY","period":"2026-11","opensOn":"2026-12-01",
                   "closesOn":"2026-12-07","state":"UPCOMING","filedAt":null,"nil":false,"itemCount":0},
                  {"unitCode":"330281-C01","cycle":"CITY_UNIT_QUARTERLY","period":"2026-Q3","opensOn":"2026-10-09",
                   "closesOn":"2026-10-16","state":"MISSING","filedAt":null,"nil":false,"itemCount":0},
                  {"unitCode":"330281-M01","cycle":"MONITORING_QUARTERLY","period":"2026-Q4","opensOn":"2026-12-10",
                   "closesOn":"2026-12-15","state":"OPEN","filedAt":null,"nil":false,"itemCount":0}
                ],
                "unavailable":[
                  {"unitCode":"330281-101","cycle":"TOWNSHIP_MONTHLY","period":"2026-12","nominalClose":"2027-01-05",
                   "year":2027,"problem":"2027 年没有工作日历表，请在配置 qingfeng.calendar.years.2027 中补充"}
                ]}
                """;
    }

    static String anySignals() {
        return """
                {"signals":[
                  {"unitCode":"330281-C01","cycle":"CITY_UNIT_QUARTERLY","period":"2026-Q3","closesOn":"2026-10-16",
                   "state":"MISSING","filedAt":null},
                  {"unitCode":"330281-101","cycle":"TOWNSHIP_MONTHLY","period":"2026-09","closesOn":"2026-10-08",
                   "state":"LATE","filedAt":"2026-10-09T01:30:00Z"}
                ]}
                """;
    }
}

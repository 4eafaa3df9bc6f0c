package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** 网络 over HTTP: the tree, one node's form sent to intake, and the workbook import. */
class NetworkConsoleIT extends StubbedServices {

    @Test
    void showsTheTreeWithKindsNamesHostsCompetentDepartmentsAndContactRoles() {
        String page = text("/console/network");

        assertThat(page)
                .contains("<span class=\"node-name\">示范县</span>", "预警信息工作站", "县人民医院监测点")
                .contains("<dd>医院</dd>", "院纪委书记", "<span>县卫生健康局</span>", "<span class=\"code\">330281-D01</span>")
                .contains("停用", "负责全县城乡建设和住房保障。");
        assertThat(page.indexOf("data-code=\"330281-WS\""))
                .as("the work station right below the county, before the townships")
                .isGreaterThan(page.indexOf("data-code=\"330281\""))
                .isLessThan(page.indexOf("data-code=\"330281-101\""));
        assertThat(page.indexOf("data-code=\"330281-101-001-01\""))
                .as("a group below its village, below its township")
                .isGreaterThan(page.indexOf("data-code=\"330281-101-001\""))
                .isLessThan(page.indexOf("data-code=\"330281-102\""));
        assertThat(page).contains("class=\"tree-node depth-3 inactive\"");
    }

    @Test
    void showsOnlyTheChosenBranch() {
        String tree = text("/console/network/tree?node=330281-101");

        assertThat(tree).contains("data-code=\"330281-101-001\"").doesNotContain("data-code=\"330281-C01\"");
    }

    @Test
    void fillsTheFormToChangeANode() {
        assertThat(text("/console/network/form?code=330281-M01"))
                .contains("value=\"330281-M01\"", "value=\"县人民医院监测点\"", "value=\"330281-D01\"")
                .contains("<option value=\"HOSPITAL\" selected=\"selected\">医院</option>")
                .contains(">院纪委书记</textarea>");
    }

    @Test
    void sendsANodeToIntakeAsABatchOfOneAndClearsTheForm() {
        WebTestClient.ResponseSpec answer = postForm(
                "/console/network/nodes",
                "code=330281-101-002&kind=VILLAGE&name=%E8%A5%BF%E9%97%A8%E6%9D%91&parentCode=330281-101"
                        + "&competentDepartmentCode=&active=true&host=HOSPITAL"
                        + "&contactRoles=%E6%9D%91%E4%B8%BB%E4%BB%BB%0A%E7%BA%AA%E6%A3%80%E5%A7%94%E5%91%98&description=");

        String body = answer.expectHeader()
                .valueEquals("HX-Trigger", "network-changed")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).contains("节点 330281-101-002 已保存", "id=\"node-form\"", "hx-swap-oob=\"true\"");
        assertThat(intake.lastRequest("PUT", "/api/network/nodes").text())
                .isEqualTo("[{\"code\":\"330281-101-002\",\"kind\":\"VILLAGE\",\"name\":\"西门村\","
                        + "\"parentCode\":\"330281-101\",\"competentDepartmentCode\":null,\"active\":true,"
                        + "\"host\":null,\"contactRoles\":[\"村主任\",\"纪检委员\"],\"description\":null}]");
    }

    @Test
    void showsIntakesErrorsNextToTheFields() {
        String body = postForm(
                        "/console/network/nodes",
                        "code=330281-101-003&kind=VILLAGE&name=x&parentCode=" + BackendFixtures.UNKNOWN_PARENT)
                .expectHeader()
                .doesNotExist("HX-Trigger")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains("请检查标出的字段")
                .contains("<small id=\"node-form-error-parentCode\" class=\"field-error\" hx-swap-oob=\"true\">"
                        + "上级节点不存在 / no such parent node</small>")
                .contains("<small id=\"node-form-error-code\" class=\"field-error\" hx-swap-oob=\"true\"></small>")
                .doesNotContain("id=\"node-form\"");
    }

    @Test
    void forwardsAWorkbookToIntakeAndShowsTheCounts() {
        String body = upload("county.xlsx", "PK-workbook".getBytes(StandardCharsets.UTF_8));

        assertThat(body).contains("导入成功", "已导入节点 221 个、信息员 2000 名");
        StubBackend.Received forwarded = intake.lastRequest("POST", "/api/network/import");
        assertThat(forwarded.contentType()).startsWith("multipart/form-data");
        assertThat(forwarded.text())
                .contains("name=\"file\"; filename=\"county.xlsx\"", "PK-workbook")
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void showsEveryRowIntakeRefused() {
        String body = upload("county.xlsx", BackendFixtures.BAD_WORKBOOK_MARKER.getBytes(StandardCharsets.UTF_8));

        assertThat(body)
                .contains("未导入", "id=\"import-errors\"")
                .contains("<td>网络节点 第5行 上级代码</td>", "上级节点不存在 / no such parent node");
    }

    @Test
    void sendsNeitherAnotherKindOfFileNorAFileOverTheLimit() {
        int before = intake.hits("POST", "/api/network/import");

        assertThat(upload("county.csv", "a,b".getBytes(StandardCharsets.UTF_8))).contains("只接受 .xlsx 工作簿");
        assertThat(upload("county.xlsx", new byte[10 * 1024 * 1024 + 1])).contains("文件过大，未上传");
        assertThat(intake.hits("POST", "/api/network/import")).isEqualTo(before);
    }

    @Test
    void proxiesTheTemplateDownload() {
        client.get()
                .uri("/api/network/template")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private String upload(String filename, byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content)).filename(filename);
        return client.post()
                .uri("/console/network/import")
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}

package org.qingfeng.localstack;

import java.nio.file.Path;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.localstack.network.SampleItem;

/** What a newcomer sees once the stack is up: where to click and one command to paste. */
final class Banner {

    private static final String RULE = "=".repeat(78);

    private Banner() {}

    static String text(String gatewayUrl, Path dataDir, SampleItem item) {
        String json = EventJson.mapper().writeValueAsString(item);
        return String.join(
                "\n",
                RULE,
                " 清风预警网本地环境已就绪 / Qingfeng local stack is ready",
                RULE,
                " 控制台 / Console:  " + gatewayUrl + "/",
                "   网络 / Network      " + gatewayUrl + "/console/network",
                "   信息员 / Informants " + gatewayUrl + "/console/informants",
                "   考核 / Assessment   " + gatewayUrl + "/console/assessment",
                "   报送 / Reporting    " + gatewayUrl + "/console/reporting",
                " 数据目录 / Data:   " + dataDir + "  (删除即重置 / delete it to reset)",
                "",
                " 提交一条预警信息 / Submit a warning item:",
                "   " + submitCommand(gatewayUrl, json),
                "",
                " 查看状态（把 ITEM_ID 换成返回的 itemId）/ Read its status (ITEM_ID = the itemId returned):",
                "   curl -s " + gatewayUrl + "/api/items/ITEM_ID",
                " 查看预警 / Its warning:",
                "   curl -s '" + gatewayUrl + "/api/warnings?itemId=ITEM_ID'",
                "",
                " 按 Ctrl-C 停止 / Press Ctrl-C to stop",
                RULE);
    }

    static String submitCommand(String gatewayUrl, String json) {
        return "curl -s -X POST " + gatewayUrl + "/api/items -H 'Content-Type: application/json' -d '" + json + "'";
    }
}

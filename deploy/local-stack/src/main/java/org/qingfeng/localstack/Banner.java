package org.qingfeng.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.DemoUser;
import org.qingfeng.localstack.network.SampleItem;

/** What a newcomer sees once the stack is up: where to click and one command to paste. */
final class Banner {

    private static final String RULE = "=".repeat(78);

    private Banner() {}

    static String text(String gatewayUrl, Path dataDir, SampleItem item, String demoPassword) {
        String json = EventJson.mapper().writeValueAsString(item);
        List<String> lines = new ArrayList<>(List.of(
                RULE,
                " 清风预警网本地环境已就绪 / Qingfeng local stack is ready",
                RULE,
                " 控制台 / Console:  " + gatewayUrl + "/   (需登录 / sign in first)",
                "   网络 / Network      " + gatewayUrl + "/console/network",
                "   信息员 / Informants " + gatewayUrl + "/console/informants",
                "   考核 / Assessment   " + gatewayUrl + "/console/assessment",
                "   报送 / Reporting    " + gatewayUrl + "/console/reporting",
                "   研判 / Triage       " + gatewayUrl + "/console/triage",
                "   月分析 / Monthly    " + gatewayUrl + "/console/analysis   (演示数据已含苗头性、普遍性问题 / the demo"
                        + " month shows emerging and widespread problems)",
                "   廉情指数 / Index    " + gatewayUrl + "/console/index",
                "   风险点 / Register   " + gatewayUrl + "/console/register",
                "   季报 / Quarterly    " + gatewayUrl + "/console/reports",
                "   处置案件 / Cases    " + gatewayUrl + "/console/cases   (演示数据已含立即报送事项和已交办的问题 / the"
                        + " demo holds cases from immediate items and from findings sent to disposal)",
                "   收件箱 / Inbox      " + gatewayUrl + "/console/inbox   (以 jianshe 登录 / sign in as jianshe)",
                "   整改通报 / Bulletin " + gatewayUrl + "/console/bulletins",
                " 演示账户 / Demo accounts, 密码 / password: " + demoPassword));
        for (DemoUser user : DemoNetwork.users()) {
            lines.add(String.format(
                    "   %-10s %s  %s @ %s", user.username(), user.displayName(), user.roles(), user.node()));
        }
        lines.addAll(List.of(
                " 数据目录 / Data:   " + dataDir + "  (删除即重置 / delete it to reset)",
                "",
                " 匿名提交一条预警信息 / Submit a warning item anonymously:",
                "   " + submitCommand(gatewayUrl, json),
                "",
                " 凭回执查看状态（把 RECEIPT 换成返回的 receipt）/ Its status by receipt (RECEIPT = the receipt returned):",
                "   curl -s " + gatewayUrl + "/api/receipts/status -H 'Content-Type: application/json'"
                        + " --data '{\"receipt\":\"RECEIPT\"}'",
                " 立即报送事项即时立案：以 station 登录 /console/cases 查看 / An immediate item opens a case at once:"
                        + " see /console/cases, signed in as station",
                "",
                " 按 Ctrl-C 停止 / Press Ctrl-C to stop",
                RULE));
        return String.join("\n", lines);
    }

    static String submitCommand(String gatewayUrl, String json) {
        return "curl -s -X POST " + gatewayUrl + "/api/items -H 'Content-Type: application/json' -d '" + json + "'";
    }
}

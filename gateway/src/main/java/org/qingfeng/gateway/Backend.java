package org.qingfeng.gateway;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The services behind the gateway. The id names the route, the circuit breaker and the fallback
 * path; the names are what a person reads when the service is down.
 */
public enum Backend {
    INTAKE("intake", "受理服务", "Intake service"),
    ANALYSIS("analysis", "研判服务", "Analysis service"),
    DISPOSAL("disposal", "处置服务", "Disposal service"),
    AUTH("auth", "认证服务", "Sign-in service"),
    AUDIT("audit", "审计服务", "Audit service");

    private final String id;
    private final String chineseName;
    private final String englishName;

    Backend(String id, String chineseName, String englishName) {
        this.id = id;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String id() {
        return id;
    }

    /** The problem title, Chinese first: "受理服务暂不可用 / Intake service unavailable". */
    public String unavailableTitle() {
        return chineseName + "暂不可用 / " + englishName + " unavailable";
    }

    public String unavailableDetail() {
        return chineseName + "暂时无法响应，请稍后重试。/ The " + englishName.toLowerCase(Locale.ROOT)
                + " is not responding; please retry later.";
    }

    public static Optional<Backend> byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
    }
}

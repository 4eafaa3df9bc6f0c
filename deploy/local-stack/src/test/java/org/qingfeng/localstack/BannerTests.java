package org.qingfeng.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.SampleItem;

class BannerTests {

    private final String banner =
            Banner.text("http://localhost:8080", Path.of("/repo/data"), DemoNetwork.bannerItem(), "Qf-demo-password");

    @Test
    void showsTheConsoleAndTheDataFolder() {
        assertThat(banner).contains("http://localhost:8080/").contains("/repo/data");
    }

    @Test
    void offersOneCurlThatPostsTheDemoItemAsValidJson() {
        Matcher curl = Pattern.compile("curl -s -X POST (\\S+) .* -d '(.*)'").matcher(banner);

        assertThat(curl.find()).isTrue();
        assertThat(curl.group(1)).isEqualTo("http://localhost:8080/api/items");
        assertThat(EventJson.mapper().readValue(curl.group(2), SampleItem.class))
                .isEqualTo(DemoNetwork.bannerItem());
        assertThat(curl.find()).isFalse();
    }

    @Test
    void tellsHowToReadTheStatusByReceiptInChineseFirstWithoutAToken() {
        assertThat(banner).contains("凭回执查看状态").contains("Its status by receipt").contains("/api/receipts/status");
        assertThat(banner.indexOf("凭回执查看状态")).isLessThan(banner.indexOf("Its status by receipt"));
        assertThat(banner).doesNotContain("Authorization").doesNotContain("/api/items/");
    }

    @Test
    void namesEveryDemoAccountWithTheDataFoldersPassword() {
        assertThat(banner).contains("Qf-demo-password");
        DemoNetwork.users().forEach(user -> assertThat(banner).contains(user.username()));
    }
}

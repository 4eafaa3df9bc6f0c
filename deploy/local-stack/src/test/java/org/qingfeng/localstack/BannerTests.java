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

    private final String banner = Banner.text("http://localhost:8080", Path.of("/repo/data"), DemoNetwork.bannerItem());

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
    void tellsHowToReadTheStatusInChineseFirst() {
        assertThat(banner).contains("查看状态").contains("Read its status").contains("/api/items/ITEM_ID");
        assertThat(banner.indexOf("查看状态")).isLessThan(banner.indexOf("Read its status"));
    }
}

package org.qingfeng.disposal.notice;

import org.qingfeng.disposal.network.NodeDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a web slice of notices or bulletins needs besides its controller and {@code WebSlice}: the
 * document writers with the machine's fonts, the cases as a map, the fixed county's names.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticeProperties.class)
@Import({DocumentFonts.class, OfficialPdf.class, OfficialOfd.class})
public class DocumentsSlice {

    @Bean
    InMemoryCases cases() {
        return new InMemoryCases();
    }

    @Bean
    NodeDirectory directory() {
        return new FixedDirectory();
    }
}

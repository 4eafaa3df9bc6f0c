package org.qingfeng.analysis.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code analysis.report.*}.
 *
 * @param fonts the font NAMES the .docx asks for (Word and WPS substitute what they lack)
 * @param fontFiles the font FILES the PDF embeds: a {@code .ttf}, {@code .otf}, or {@code .ttc,<index>}
 * @param maxPartLength the most characters one narrative part of a draft may hold
 */
@ConfigurationProperties("analysis.report")
record ReportProperties(
        @DefaultValue Fonts fonts,
        @DefaultValue FontFiles fontFiles,
        @DefaultValue("20000") int maxPartLength) {

    record Fonts(
            @DefaultValue("方正小标宋简体") String title,
            @DefaultValue("黑体") String heading,
            @DefaultValue("仿宋_GB2312") String body) {}

    record FontFiles(
            @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0")
            String title,

            @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0")
            String heading,

            @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0")
            String body) {}
}

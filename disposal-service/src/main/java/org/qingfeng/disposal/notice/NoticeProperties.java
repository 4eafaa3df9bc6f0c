package org.qingfeng.disposal.notice;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code disposal.notices.*}: who issues notices and bulletins, and the fonts they embed.
 *
 * @param organisation the issuing organisation printed in red at the head and as signature, like
 *     中共××县纪律检查委员会; blank: the work station's name from the network
 * @param copyTo the 抄送 line's addressees; blank: no such line
 * @param orangeAsRectification whether the ORANGE rung's notice is called 整改通知书 instead of 廉政预警通知书
 * @param zone where dates are printed and months of the bulletin begin
 * @param fontDir the directory the font files are read from
 */
@ConfigurationProperties("disposal.notices")
public record NoticeProperties(
        @DefaultValue("") String organisation,
        @DefaultValue("") String copyTo,
        @DefaultValue("false") boolean orangeAsRectification,
        @DefaultValue("Asia/Shanghai") String zone,
        @DefaultValue("/usr/share/fonts/truetype/wqy") Path fontDir,
        @DefaultValue Fonts fonts) {

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /**
     * Font files in {@link #fontDir}: {@code name.ttf}, {@code name.otf} or {@code name.ttc} (its first
     * face, or {@code name.ttc,<index>}). The body font is also the one the OFD embeds.
     *
     * @param header the red header (小标宋 in the standard)
     * @param title the title (小标宋)
     * @param body body, number, signature and tables (仿宋)
     */
    public record Fonts(
            @DefaultValue("wqy-zenhei.ttc") String header,
            @DefaultValue("wqy-zenhei.ttc") String title,
            @DefaultValue("wqy-zenhei.ttc") String body) {}
}

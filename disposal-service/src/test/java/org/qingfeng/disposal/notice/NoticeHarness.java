package org.qingfeng.disposal.notice;

import java.nio.file.Path;
import java.util.List;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.support.security.Scopes;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Notices, fonts and writers wired by hand over the machine's fonts, for tests without Spring. */
final class NoticeHarness {

    static final Path FONTS = Path.of("/usr/share/fonts/truetype/wqy");

    final InMemoryCases cases = new InMemoryCases();
    final FixedDirectory directory = new FixedDirectory();
    final NoticeProperties properties;
    final DocumentFonts fonts;
    final OfficialPdf pdf;
    final OfficialOfd ofd;

    NoticeHarness() {
        this(properties(FONTS, "wqy-zenhei.ttc"));
    }

    NoticeHarness(NoticeProperties properties) {
        this.properties = properties;
        this.fonts = new DocumentFonts(properties);
        this.pdf = new OfficialPdf(fonts);
        this.ofd = new OfficialOfd(fonts);
    }

    static NoticeProperties properties(Path dir, String font) {
        return new NoticeProperties(
                "中共宁海县纪律检查委员会",
                "县纪委监委案件监督管理室",
                false,
                "Asia/Shanghai",
                dir,
                new NoticeProperties.Fonts(font, font, font));
    }

    Notices notices(NoticeFindings findings) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("cases", cases);
        return new Notices(
                beans.getBeanProvider(Cases.class), directory, findings, properties, new Scopes(directory.ancestry()));
    }

    static List<String> rungCodes() {
        return CaseFixtures.RUNGS.stream().map(CaseFixtures.Rung::code).toList();
    }
}

package org.qingfeng.gateway.console;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/** The console page, its two htmx table fragments and the chart's data. */
@Controller
class ConsoleController {

    private final ConsoleReader reader;
    private final MessageSource messages;

    ConsoleController(ConsoleReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/")
    String console() {
        return "console";
    }

    @GetMapping("/console/fragments/items")
    Mono<Rendering> items() {
        return reader.recentItems().map(panel -> fragment("fragments/items", panel));
    }

    @GetMapping("/console/fragments/warnings")
    Mono<Rendering> warnings() {
        return reader.recentWarnings().map(panel -> fragment("fragments/warnings", panel));
    }

    @GetMapping("/console/data/warnings-by-colour")
    @ResponseBody
    Mono<ChartData> warningsByColour(Locale locale) {
        return reader.warningsByColour()
                .map(panel -> new ChartData(
                        panel.available(),
                        panel.rows().stream().map(count -> bar(count, locale)).toList()));
    }

    private ChartData.Bar bar(ColourCount count, Locale locale) {
        String label = messages.getMessage("colour." + count.colour(), null, count.colour(), locale);
        return new ChartData.Bar(count.colour(), label == null ? count.colour() : label, count.count());
    }

    private static Rendering fragment(String view, Panel<?> panel) {
        return Rendering.view(view).modelAttribute("panel", panel).build();
    }
}

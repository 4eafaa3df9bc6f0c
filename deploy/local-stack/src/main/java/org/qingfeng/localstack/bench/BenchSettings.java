package org.qingfeng.localstack.bench;

import java.time.Duration;

/**
 * What the bench does, from {@code --name=value} arguments.
 *
 * @param rate intended requests (or records) per second, the same for every figure
 * @param warmup run before each measurement and thrown away
 * @param duration measured run of each figure
 * @param drain how long to wait, after the submissions, for their last cases to open
 */
record BenchSettings(int rate, Duration warmup, Duration duration, Duration drain) {

    static final BenchSettings DEFAULTS =
            new BenchSettings(100, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30));

    static BenchSettings parse(String... args) {
        BenchSettings s = DEFAULTS;
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            s = s.with(pair[0], pair[1]);
        }
        return s;
    }

    private BenchSettings with(String name, String value) {
        return switch (name) {
            case "rate" -> new BenchSettings(Integer.parseInt(value), warmup, duration, drain);
            case "warmup" -> new BenchSettings(rate, seconds(value), duration, drain);
            case "duration" -> new BenchSettings(rate, warmup, seconds(value), drain);
            case "e2e-drain" -> new BenchSettings(rate, warmup, duration, seconds(value));
            default -> throw new IllegalArgumentException("unknown option --" + name);
        };
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value.replaceFirst("s$", "")));
    }
}

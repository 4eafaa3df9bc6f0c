package org.qingfeng.support.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much input a servlet service reads, under {@code qingfeng.web.*}.
 *
 * @param maxJsonBody the largest request body that is not multipart (multipart has Spring's own
 *     {@code spring.servlet.multipart.*} limits); larger answers {@code 413}
 * @param json what the JSON reader accepts inside that body
 */
@ConfigurationProperties("qingfeng.web")
public record InputLimitsProperties(
        @DefaultValue("1MB") DataSize maxJsonBody,
        @DefaultValue Json json) {

    public InputLimitsProperties {
        if (maxJsonBody.toBytes() <= 0 || maxJsonBody.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("qingfeng.web.max-json-body must be between 1 byte and 2GB");
        }
    }

    /**
     * @param maxNestingDepth arrays and objects inside one another
     * @param maxStringLength characters of one string value
     * @param maxNumberLength characters of one number
     * @param maxNameLength characters of one property name
     */
    public record Json(
            @DefaultValue("32") int maxNestingDepth,
            @DefaultValue("1000000") int maxStringLength,
            @DefaultValue("100") int maxNumberLength,
            @DefaultValue("1000") int maxNameLength) {

        public Json {
            if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1) {
                throw new IllegalArgumentException("qingfeng.web.json limits must be positive");
            }
        }
    }
}

package org.qingfeng.intake.rhythm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qingfeng.intake.rhythm.rules.ReportingContact;

final class InMemoryContactBook implements ContactBook {

    private final Map<String, List<ReportingContact>> contacts = new HashMap<>();

    InMemoryContactBook with(String unitCode, ReportingContact... unitContacts) {
        contacts.put(unitCode, List.of(unitContacts));
        return this;
    }

    @Override
    public int count(String unitCode) {
        return contacts.getOrDefault(unitCode, List.of()).size();
    }

    @Override
    public List<ReportingContact> open(String unitCode) {
        return contacts.getOrDefault(unitCode, List.of());
    }
}

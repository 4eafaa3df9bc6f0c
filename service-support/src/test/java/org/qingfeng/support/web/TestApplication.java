package org.qingfeng.support.web;

import org.springframework.boot.SpringBootConfiguration;

/** Lets the web slice start; its controller is imported by the test. */
@SpringBootConfiguration
class TestApplication {}

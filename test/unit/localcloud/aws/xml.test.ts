import { describe, expect, it } from "vitest";
import { RawXml, xmlDocument } from "../../../localcloud/aws/http/xml.js";

describe("xmlDocument", () => {
  it("writes EC2's XML: lists as items, dates in ISO 8601, absent values left out, text escaped", () => {
    const xml = xmlDocument("DescribeInstancesResponse", "http://ec2.amazonaws.com/doc/2016-11-15/", {
      requestId: "r-1",
      reservationSet: [{ reservationId: "r-0a", groupSet: [], tagSet: [{ key: "Name", value: "a<b&'c'" }] }],
      launchTime: new Date("2026-11-25T01:02:03.000Z"),
      count: 3,
      ok: true,
      nextToken: undefined,
      cached: new RawXml("<instanceId>i-1</instanceId>"),
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">' +
        "<requestId>r-1</requestId><reservationSet><item><reservationId>r-0a</reservationId><groupSet></groupSet>" +
        "<tagSet><item><key>Name</key><value>a&lt;b&amp;&apos;c&apos;</value></item></tagSet></item></reservationSet>" +
        "<launchTime>2026-11-25T01:02:03.000Z</launchTime><count>3</count><ok>true</ok>" +
        "<cached><instanceId>i-1</instanceId></cached></DescribeInstancesResponse>",
    );
  });
});

export const id = 47;
export const ids = [47];
export const modules = {

/***/ 83047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setupCommand: () => (/* binding */ setupCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3805);
/* harmony import */ var _lib_adapters_aws_clients_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(21981);
/* harmony import */ var _lib_adapters_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97810);
/* harmony import */ var _lib_core_registry_check_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94366);
/* harmony import */ var _lib_core_registry_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47380);
/* harmony import */ var _lib_core_registry_problem_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29969);
/* harmony import */ var _lib_flows_setup_fleet_ids_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31318);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78823);











const fromCloudFormation = (stackName, region) => (0,_lib_adapters_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .describeStackOutputs */ .c)(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_9__/* .CloudFormationClient */ .m1N((0,_lib_adapters_aws_clients_js__WEBPACK_IMPORTED_MODULE_10__/* .awsClientConfig */ .r)({ region })), stackName);
function setupCommand(readStack = fromCloudFormation) {
    return {
        help: `Usage: orca-fleet setup fleet (--stack NAME | --outputs FILE [--stack NAME]) [--clinics DIR] [--region REGION]

Writes the ids the fleet's stack made into DIR/fleet.yml (default: clinics): region, subnets, security groups,
the private zone and domain, the backup bucket, the instance profile prefix, the AMI parameter and the secrets
prefix. Comments and layout are kept; a subnet fleet.yml lacks is added with the stack's security groups.

  --stack NAME      read the outputs with CloudFormation DescribeStacks (credentials and region as the AWS CLI's)
  --outputs FILE    read them from cdk deploy --outputs-file instead; --stack picks one stack in the file
  --clinics DIR     the registry folder that holds fleet.yml
  --region REGION   the stack's region (default: fleet.yml's region)
  -h, --help        show this help

Exit codes: 0 written or already up to date, 1 the stack or the result is not usable, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
                args,
                options: {
                    stack: { type: "string" },
                    outputs: { type: "string" },
                    clinics: { type: "string", default: "clinics" },
                    region: { type: "string" },
                },
                allowPositionals: true,
                strict: true,
            });
            if (positionals.length !== 1 || positionals[0] !== "fleet") {
                throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`expected "setup fleet", got "setup ${positionals.join(" ")}"`);
            }
            if (values.stack === undefined && values.outputs === undefined) {
                throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb("pass --stack NAME (CloudFormation) or --outputs FILE (cdk deploy --outputs-file)");
            }
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(values.clinics, _lib_core_registry_load_js__WEBPACK_IMPORTED_MODULE_5__/* .fleetFileName */ .M);
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch(() => {
                throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`${file} cannot be read; pass the folder that holds fleet.yml with --clinics`);
            });
            try {
                const outputs = values.outputs === undefined
                    ? await readStack(values.stack ?? "", values.region ?? regionOf(text))
                    : (0,_lib_adapters_aws_stack_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputsFromFile */ .V)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(values.outputs, "utf8"), values.stack);
                return await write(file, text, outputs, io);
            }
            catch (error) {
                if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb || !(error instanceof Error))
                    throw error;
                io.err(`orca-fleet setup fleet: ${error.message}`);
                return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .exitCodes */ .hS.problems;
            }
        },
    };
}
/** fleet.yml's region, for DescribeStacks when --region is not given. */
function regionOf(text) {
    const { fleet } = (0,_lib_core_registry_check_file_js__WEBPACK_IMPORTED_MODULE_4__/* .checkFleetText */ .kM)(text, _lib_core_registry_load_js__WEBPACK_IMPORTED_MODULE_5__/* .fleetFileName */ .M);
    if (fleet === undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb("fleet.yml does not validate, so pass the stack's region with --region");
    return fleet.region;
}
async function write(file, text, outputs, io) {
    const result = (0,_lib_flows_setup_fleet_ids_js__WEBPACK_IMPORTED_MODULE_7__/* .fillFleetIds */ .K)(text, outputs);
    // Never leave a fleet.yml that validate would reject: check the result before writing it.
    const checked = (0,_lib_core_registry_check_file_js__WEBPACK_IMPORTED_MODULE_4__/* .checkFleetText */ .kM)(result.text, file);
    if (checked.fleet === undefined) {
        for (const problem of checked.reporter.problems)
            io.err((0,_lib_core_registry_problem_js__WEBPACK_IMPORTED_MODULE_6__/* .formatProblem */ .V)(problem, checked.locale));
        io.err(`orca-fleet setup fleet: ${file} was left as it was`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .exitCodes */ .hS.problems;
    }
    for (const name of result.unknownSubnets) {
        io.err(`${file}: subnets.${name} is not in the stack; kept, since clinic files may name it`);
    }
    if (result.changes.length === 0) {
        io.out(`${file} already has the stack's ids`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .exitCodes */ .hS.ok;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, result.text);
    for (const change of result.changes)
        io.out(`${change.path}: ${change.before ?? "(new)"} → ${change.after}`);
    io.out(`${file}: ${result.changes.length} id(s) written`);
    return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .exitCodes */ .hS.ok;
}


/***/ }),

/***/ 21981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ createAwsClients),
/* harmony export */   r: () => (/* binding */ awsClientConfig)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35193);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34736);


const userAgent = [["orca-fleet", "0.1.0"]];
/**
 * Builds the clients. Endpoints come from the SDK's standard settings alone (AWS_ENDPOINT_URL,
 * AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_SSM), so the local cloud needs no switch in production code.
 */
function createAwsClients(options) {
    const common = awsClientConfig(options);
    return { ec2: new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .EC2Client */ .gu5(common), ssm: new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .SSMClient */ .jBj(common) };
}
/** The settings every client shares; for a client only one command needs (the CLI's CloudFormation reader). */
function awsClientConfig(options) {
    return {
        region: options.region,
        retryMode: "adaptive",
        maxAttempts: options.maxAttempts ?? 8,
        customUserAgent: userAgent,
    };
}


/***/ }),

/***/ 97810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ outputsFromFile),
/* harmony export */   c: () => (/* binding */ describeStackOutputs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3805);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);


/** A stack's outputs from CloudFormation itself. */
async function describeStackOutputs(client, stackName) {
    const { Stacks: stacks = [] } = await client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__/* .DescribeStacksCommand */ .Y47({ StackName: stackName }));
    const [stack] = stacks;
    if (stack === undefined)
        throw new Error(`CloudFormation has no stack ${stackName}`);
    return Object.fromEntries((stack.Outputs ?? []).flatMap(({ OutputKey, OutputValue }) => OutputKey === undefined || OutputValue === undefined ? [] : [[OutputKey, OutputValue]]));
}
/** `cdk deploy --outputs-file`: one object per stack, each its outputs by key. */
const outputsFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()));
/**
 * A stack's outputs from a `cdk deploy --outputs-file` file: the named stack, or the only one in the file. Errors
 * say which stacks the file holds.
 */
function outputsFromFile(text, stackName) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`the outputs file is not JSON (${reason}); write it with cdk deploy --outputs-file`);
    }
    const parsed = outputsFileSchema.safeParse(json);
    if (!parsed.success) {
        throw new Error("the outputs file is not cdk deploy --outputs-file's shape: { STACK: { OUTPUT: value } }");
    }
    const stacks = Object.keys(parsed.data);
    const name = stackName ?? (stacks.length === 1 ? stacks[0] : undefined);
    const outputs = name === undefined ? undefined : parsed.data[name];
    if (outputs === undefined) {
        const held = stacks.length === 0 ? "no stack" : stacks.join(", ");
        throw new Error(stackName === undefined
            ? `the outputs file holds ${held}: name one with --stack`
            : `the outputs file has no stack ${stackName} (it holds ${held})`);
    }
    return outputs;
}


/***/ }),

/***/ 31318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ fillFleetIds)
});

// UNUSED EXPORTS: StackOutputsError

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/lib/core/stack-outputs.ts
/**
 * The outputs of the fleet's CloudFormation stack (infra/) that fleet.yml takes its ids from. The stack writes them
 * and `orca-fleet setup fleet` reads them, both through these names, so the two cannot drift apart.
 */
const stackOutputs = {
    region: "Region",
    vpcId: "VpcId",
    zoneId: "ZoneId",
    domain: "Domain",
    backupBucket: "BackupBucket",
    /** Each clinic's instance profile is this name followed by `-<clinic id>`. */
    instanceProfilePrefix: "InstanceProfilePrefix",
    amiParameter: "AmiParameter",
    secretsPrefix: "SecretsPrefix",
    volumesKeyArn: "VolumesKeyArn",
    backupKeyArn: "BackupKeyArn",
    secretsKeyArn: "SecretsKeyArn",
    buildSubnetId: "BuildSubnetId",
    buildSecurityGroupId: "BuildSecurityGroupId",
    buildInstanceProfile: "BuildInstanceProfile",
    caKeyArn: "CaKeyArn",
    operatorRoleArn: "OperatorRoleArn",
};
/** Subnets and security groups are one output each, named by prefix + the PascalCase of fleet.yml's logical name. */
const subnetOutputPrefix = "Subnet";
const securityGroupOutputPrefix = "SecurityGroup";
const logicalNamePattern = /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/;
/** `private-a` → `SubnetPrivateA`. Logical names are lower-case words joined by dashes, so the mapping reverses. */
function outputKeyFor(prefix, logicalName) {
    if (!logicalNamePattern.test(logicalName)) {
        throw new Error(`"${logicalName}" is not a logical name: use lower-case words (a letter, then letters or digits) joined by dashes`);
    }
    return prefix + logicalName.replace(/(?:^|-)([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** `SubnetPrivateA` → `private-a`; undefined when the key is not one of this prefix's outputs. */
function logicalNameOf(prefix, outputKey) {
    if (!outputKey.startsWith(prefix))
        return undefined;
    const rest = outputKey.slice(prefix.length);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(rest))
        return undefined;
    return rest.replace(/[A-Z]/g, (c, index) => (index === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`));
}

;// CONCATENATED MODULE: ./actions/lib/flows/setup/fleet-ids.ts


/** The scalar settings fleet.yml takes from the stack, by output key. */
const scalarPaths = [
    [stackOutputs.region, ["region"]],
    [stackOutputs.instanceProfilePrefix, ["instanceProfile"]],
    [stackOutputs.amiParameter, ["ami", "parameter"]],
    [stackOutputs.zoneId, ["dns", "zoneId"]],
    [stackOutputs.domain, ["dns", "domain"]],
    [stackOutputs.backupBucket, ["backup", "bucket"]],
    [stackOutputs.secretsPrefix, ["secrets", "parameterPrefix"]],
];
/** The outputs fleet.yml cannot do without: a stack missing one is not the fleet's stack. */
const required = [
    stackOutputs.region,
    stackOutputs.zoneId,
    stackOutputs.backupBucket,
    stackOutputs.instanceProfilePrefix,
];
/** A stack whose outputs cannot fill fleet.yml: the operator passed the wrong stack or file. */
class StackOutputsError extends Error {
    name = "StackOutputsError";
}
/**
 * Writes the stack's ids into fleet.yml's text through yaml's Document API, so comments, order and quoting stay as
 * the person wrote them. A subnet the stack adds gets every security group the stack outputs; an existing subnet
 * keeps its own list. Pure: the caller reads and writes the file.
 */
function fillFleetIds(fleetText, outputs) {
    const missing = required.filter((key) => outputs[key] === undefined);
    if (missing.length > 0) {
        throw new StackOutputsError(`the stack has no output ${missing.join(", ")}: is it orca-fleet's stack (infra/)?`);
    }
    const doc = (0,dist/* parseDocument */.Tp)(fleetText);
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents)) {
        throw new StackOutputsError("fleet.yml is not a YAML mapping; run orca-fleet validate first");
    }
    const changes = [];
    const set = (path, value) => {
        const before = doc.getIn(path);
        const current = typeof before === "string" ? before : before === undefined ? undefined : String(before);
        if (current === value)
            return;
        doc.setIn(path, value);
        changes.push({ path: path.join("."), before: current, after: value });
    };
    for (const [output, path] of scalarPaths) {
        const value = outputs[output];
        if (value !== undefined)
            set(path, value);
    }
    const named = (prefix) => Object.entries(outputs).flatMap(([key, value]) => {
        const name = logicalNameOf(prefix, key);
        return name === undefined ? [] : [[name, value]];
    });
    const groups = named(securityGroupOutputPrefix);
    for (const [name, id] of groups)
        set(["securityGroups", name], id);
    const subnets = named(subnetOutputPrefix);
    for (const [name, id] of subnets) {
        if (!doc.hasIn(["subnets", name])) {
            doc.setIn(["subnets", name], doc.createNode({ id, securityGroups: groups.map(([group]) => group) }));
            changes.push({ path: `subnets.${name}`, before: undefined, after: id });
        }
        else {
            set(["subnets", name, "id"], id);
        }
    }
    const stackSubnets = new Set(subnets.map(([name]) => name));
    const existing = doc.getIn(["subnets"]);
    const unknownSubnets = (0,dist/* isMap */.jh)(existing)
        ? existing.items.map((pair) => String(pair.key)).filter((name) => !stackSubnets.has(name))
        : [];
    return { text: doc.toString(), changes, unknownSubnets };
}


/***/ })

};

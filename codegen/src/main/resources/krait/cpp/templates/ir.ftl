<#-- How each node of the C++ IR (krait.cpp.ir) is printed. Expressions and types are functions
     returning text; statements are macros writing lines at an indentation. -->
<#function type t>
  <#switch t.kind>
    <#case "Named"><#return t.name>
    <#case "Pointer"><#return type(t.pointee) + "*">
    <#case "Instance">
      <#local parts = []>
      <#list t.args as a><#local parts = parts + [type(a)]></#list>
      <#return t.template + "<" + parts?join(", ") + ">">
  </#switch>
  <#stop "unknown C++ type node " + t.kind>
</#function>

<#function args list>
  <#local parts = []>
  <#list list as a><#local parts = parts + [expr(a)]></#list>
  <#return parts?join(", ")>
</#function>

<#function expr e>
  <#switch e.kind>
    <#case "IntLit">
      <#if e.isMin()><#return "INT64_MIN"></#if>
      <#if e.explicitType><#return "krait::i64{" + e.value?c + "}"></#if>
      <#return e.value?c + (e.value gt 2147483647 || e.value lt -2147483648)?then("LL", "")>
    <#case "FloatLit"><#return e.spelling>
    <#case "BoolLit"><#return e.value?then("true", "false")>
    <#case "NullPtr"><#return "nullptr">
    <#case "NoneLit"><#return "krait::None">
    <#case "VarRef"><#return e.name>
    <#case "Call"><#return e.function + "(" + args(e.args) + ")">
    <#case "MemberCall"><#return expr(e.receiver) + "->" + e.method + "(" + args(e.args) + ")">
    <#case "Binary"><#return "(" + expr(e.left) + " " + e.op + " " + expr(e.right) + ")">
    <#case "Unary"><#return "(" + e.op + expr(e.operand) + ")">
    <#case "Cast"><#return e.castKind + "_cast<" + type(e.type) + ">(" + expr(e.value) + ")">
    <#case "Conditional"><#return "(" + expr(e.test) + " ? " + expr(e.then) + " : " + expr(e.otherwise) + ")">
    <#case "NewList">
      <#if e.items?has_content>
        <#return "krait::list<" + type(e.element) + ">::make({" + args(e.items) + "})">
      </#if>
      <#return "krait::list<" + type(e.element) + ">::make_empty()">
    <#case "InitList"><#return "std::initializer_list<" + type(e.element) + ">{" + args(e.items) + "}">
    <#case "NewSet">
      <#if e.items?has_content>
        <#return "krait::set<" + type(e.element) + ">::" + e.constant?then("make_const", "make") + "({" + args(e.items) + "})">
      </#if>
      <#return "krait::set<" + type(e.element) + ">::make_empty()">
    <#case "NewDict">
      <#if e.keys?has_content>
        <#local pairs = []>
        <#list e.keys as k><#local pairs = pairs + ["{" + expr(k) + ", " + expr(e.values[k?index]) + "}"]></#list>
        <#return "krait::dict<" + type(e.key) + ", " + type(e.value) + ">::make({" + pairs?join(", ") + "})">
      </#if>
      <#return "krait::dict<" + type(e.key) + ", " + type(e.value) + ">::make_empty()">
    <#case "NewTuple"><#return type(e.type) + "{" + args(e.items) + "}">
    <#case "TupleGet"><#return "std::get<" + e.index?c + ">(" + expr(e.tuple) + ")">
    <#case "NewObject"><#return "krait::gc_new<" + type(e.cls) + ">()">
    <#case "FieldRef"><#return expr(e.object) + "->" + e.field>
    <#case "StaticFieldRef"><#return type(e.cls) + "::" + e.field>
    <#case "Constant"><#return e.name>
    <#case "Generator">
      <#local body><#list e.body as s><@stmt s "        "/></#list></#local>
      <#local targs = type(e.element) + (e.sent??)?then(", " + type(e.sent), "")>
      <#return "krait::make_generator<" + targs + ">(" + e.nameLiteral + ", [=](krait::yielder<" + targs
        + ">& krait_yielder) mutable {\n        auto* krait_yield = &krait_yielder;\n" + body + "    })">
    <#case "Lambda">
      <#local ps = []>
      <#list e.params as p><#local ps = ps + ["const auto& " + p]></#list>
      <#-- by value: lazy iterators (itertools) keep their callback after the caller's frame is gone -->
      <#return "[=](" + ps?join(", ") + ") { return " + expr(e.body) + "; }">
    <#case "CapturingLambda">
      <#local ps = []>
      <#list e.params as p><#local ps = ps + ["const auto& " + p]></#list>
      <#return "[=, " + e.name + " = " + expr(e.captured) + "](" + ps?join(", ") + ") { return " + expr(e.body) + "; }">
    <#case "Comma"><#return "(" + expr(e.first) + ", " + expr(e.second) + ")">
    <#case "Block">
      <#local body><#list e.body as s><@stmt s "        "/></#list></#local>
      <#return "[&]() -> " + type(e.type) + " {\n" + body + "        return " + expr(e.result) + ";\n    }()">
  </#switch>
  <#stop "unknown C++ expression node " + e.kind>
</#function>

<#macro block body ind>
<#list body as s><@stmt s ind/></#list>
</#macro>

<#macro stmt s ind>
<#switch s.kind>
<#case "VarDecl">
${ind}${type(s.type)} ${s.name}<#if s.init??> = ${expr(s.init)};<#else>{};</#if>
<#break>
<#case "Assign">
${ind}${expr(s.target)} = ${expr(s.value)};
<#break>
<#case "ExprStmt">
${ind}${expr(s.expr)};
<#break>
<#case "If">
${ind}if (${expr(s.test)}) {
<@block s.then ind + "    "/>
<#if s.otherwise?has_content>
${ind}} else {
<@block s.otherwise ind + "    "/>
</#if>
${ind}}
<#break>
<#case "While">
${ind}while (${expr(s.test)}) {
<@block s.body ind + "    "/>
${ind}}
<#break>
<#case "ForRange">
<#if s.hasStep()>
${ind}for (krait::i64 ${s.counter} = ${expr(s.start)}, ${s.counter}_stop = ${expr(s.stop)}, ${s.counter}_step = krait::range_step(${expr(s.step)});
${ind}     ${s.counter}_step > 0 ? ${s.counter} < ${s.counter}_stop : ${s.counter} > ${s.counter}_stop;
${ind}     ${s.counter} = krait::range_next(${s.counter}, ${s.counter}_step, ${s.counter}_stop)) {
<#else>
${ind}for (krait::i64 ${s.counter} = ${expr(s.start)}, ${s.counter}_stop = ${expr(s.stop)}; ${s.counter} < ${s.counter}_stop; ++${s.counter}) {
</#if>
${ind}    ${expr(s.var)} = ${s.counter};
<@block s.body ind + "    "/>
${ind}}
<#break>
<#case "ForEach">
${ind}for (${type(s.elemType)} ${s.item} : ${s.pointer?then("*", "")}${expr(s.iterable)}) {
${ind}    ${expr(s.var)} = ${s.item};
<@block s.body ind + "    "/>
${ind}}
<#break>
<#case "Break">
${ind}break;
<#break>
<#case "Continue">
${ind}continue;
<#break>
<#case "Return">
${ind}return<#if s.hasValue()> ${expr(s.value)}</#if>;
<#break>
<#case "Throw">
${ind}throw<#if s.hasValue()> ${expr(s.value)}</#if>;
<#break>
<#case "TryCatch">
${ind}try {
<@block s.body ind + "    "/>
${ind}} catch (krait::BaseException* ${s.var}) {
<@block s.handler ind + "    "/>
${ind}}
<#break>
<#case "Defer">
${ind}krait::defer ${s.name}([&]() {
<@block s.body ind + "    "/>
${ind}});
<#break>
<#case "Block">
${ind}{
<@block s.body ind + "    "/>
${ind}}
<#break>
<#case "LineComment">
${ind}// ${s.file}:${s.line}: ${s.source}
<#break>
<#default>
<#stop "unknown C++ statement node " + s.kind>
</#switch>
</#macro>

<#macro signature f><#if f.inlineHint>inline </#if>${type(f.returnType)} ${f.name}(<#list f.params as p>${type(p.type)} ${p.name}<#sep>, </#sep></#list>)</#macro>

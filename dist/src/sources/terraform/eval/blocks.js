import { list, map, unknown } from '../../../model/value.js';
import { messageOf } from './errors.js';
import { iterationPairs } from './expressions.js';
import { LIMITS } from './limits.js';
import { literalString, RESOURCE_META_ATTRIBUTES, RESOURCE_META_BLOCKS, traversalName } from './module-def.js';
import { bind, locOf, markComputedObject } from './scope.js';
import { isUnknownish, unknownFrom } from './values.js';
/**
 * Evaluates a body. At the top of a resource (`resourceLevel`), meta-arguments
 * (count, for_each, provider, depends_on) and meta-blocks (lifecycle,
 * provisioner, connection) are left out: they are not the resource's settings.
 */
export function evalBody(body, ctx, ev, resourceLevel, blockLoc, computed) {
    const entries = new Map();
    const blockLists = new Map();
    const blockRanges = new Map();
    /** Adds a block of a type; without a value, only records that the type is configured (a dynamic block of none). */
    const addBlock = (type, value, loc) => {
        let items = blockLists.get(type);
        if (!items) {
            blockLists.set(type, (items = []));
            blockRanges.set(type, []);
            // Reserve the position so that keys keep source order.
            if (!entries.has(type))
                entries.set(type, list([], loc));
        }
        if (value === undefined)
            return;
        items.push(value);
        blockRanges.get(type).push(loc);
    };
    for (const item of body.items) {
        if (item.kind === 'attribute') {
            if (resourceLevel && RESOURCE_META_ATTRIBUTES.has(item.name))
                continue;
            entries.set(item.name, ev.attribute(item, ctx));
            continue;
        }
        if (item.type === 'dynamic') {
            expandDynamic(item, ctx, ev, addBlock, (type) => nestedRef(computed, type, blockLists));
            continue;
        }
        if (resourceLevel && RESOURCE_META_BLOCKS.has(item.type))
            continue;
        const loc = locOf(ev.file, item.range);
        addBlock(item.type, evalBody(item.body, { ...ctx, loc }, ev, false, loc, nestedRef(computed, item.type, blockLists)), loc);
    }
    for (const [type, items] of blockLists)
        if (items.length > 0)
            entries.set(type, list(items, spanOf(blockRanges.get(type))));
    const out = map(entries, blockLoc);
    return computed ? markComputedObject(out, computed) : out;
}
/** The ref path of the next block of a type: `vpc_config[0]` is attr ['vpc_config', '0']. */
function nestedRef(parent, type, blockLists) {
    if (!parent)
        return undefined;
    return { address: parent.address, attr: [...parent.attr, type, String(blockLists.get(type)?.length ?? 0)] };
}
/** One location covering several blocks of the same type (they are usually adjacent). */
function spanOf(locs) {
    const first = locs[0];
    const last = locs[locs.length - 1];
    if (locs.length === 1 || last.file !== first.file)
        return first;
    return { file: first.file, startLine: first.startLine, startColumn: first.startColumn, endLine: last.endLine, endColumn: last.endColumn };
}
function expandDynamic(block, ctx, ev, addBlock, refFor) {
    const label = block.labels[0];
    const loc = locOf(ev.file, block.range);
    if (label === undefined) {
        ev.error('a dynamic block needs a label naming the block type it generates', loc);
        return;
    }
    let forEach;
    let iterator;
    let content;
    for (const item of block.body.items) {
        if (item.kind === 'attribute') {
            if (item.name === 'for_each')
                forEach = item;
            else if (item.name === 'iterator')
                iterator = item;
        }
        else if (item.type === 'content')
            content = item;
    }
    if (!forEach || !content) {
        ev.error(`dynamic "${label}" needs for_each and a content block`, loc);
        return;
    }
    const iteratorName = (iterator && (traversalName(iterator.expr) ?? literalString(iterator.expr))) || label;
    const collection = ev.attribute(forEach, ctx);
    if (isUnknownish(collection)) {
        // How many blocks there will be is not known: say so in place of the blocks.
        addBlock(label, unknownFrom(collection, loc), loc);
        return;
    }
    addBlock(label, undefined, loc);
    if (collection.t === 'null')
        return;
    let pairs;
    try {
        pairs = iterationPairs(collection, `dynamic "${label}" for_each`);
    }
    catch (e) {
        ev.error(messageOf(e), locOf(ev.file, forEach.range));
        addBlock(label, unknown(messageOf(e), loc), loc);
        return;
    }
    if (pairs.length > LIMITS.maxInstances) {
        const message = `dynamic "${label}" would generate ${pairs.length} blocks, more than the limit of ${LIMITS.maxInstances}`;
        ev.error(message, loc);
        addBlock(label, unknown(message, loc), loc);
        return;
    }
    const keyLoc = locOf(ev.file, forEach.range);
    for (const [k, v] of pairs) {
        const it = map({ key: k, value: v }, keyLoc);
        const inner = { ...bind(ctx, iteratorName, it), loc };
        addBlock(label, evalBody(content.body, inner, ev, false, loc, refFor(label)), loc);
    }
}

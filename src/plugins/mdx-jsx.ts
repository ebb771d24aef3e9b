import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Position} from 'unist';
import {valueToEstree} from 'estree-util-value-to-estree';

/** Building blocks for the remark plugins that turn Markdown into our MDX components. */

/** `name="value"`, or nothing when the value is undefined. */
export function stringAttribute(name: string, value: string | undefined): MdxJsxAttribute[] {
  return value === undefined ? [] : [{type: 'mdxJsxAttribute', name, value}];
}

/** `name={…}` holding plain data (arrays, objects, strings, numbers), as MDX compiles it. */
export function dataAttribute(name: string, value: unknown): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression: valueToEstree(value)}],
        },
      },
    },
  };
}

export function flowElement(name: string, attributes: MdxJsxAttribute[], position?: Position): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes, children: [], position};
}

export function textElement(name: string, attributes: MdxJsxAttribute[], position?: Position): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes, children: [], position};
}

import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PracticeNode, renderMarkdown } from '@pfp/practices';
import { PolicyTool, PolicyToolSection, PolicyToolTranslationSection } from '../graphql-types';
import { PolicyToolDirectory } from './policy-tool-directory';
import { policyToolView } from './policy-tool.view';

@Resolver(() => PolicyToolSection)
export class PolicyToolSectionResolver {
  @ResolveField(() => String, { description: 'The body as HTML, sanitised as practice bodies are.' })
  bodyHtml(@Parent() section: PolicyToolSection): string {
    return renderMarkdown(section.body);
  }
}

@Resolver(() => PolicyToolTranslationSection)
export class PolicyToolTranslationSectionResolver {
  @ResolveField(() => String, { description: 'The body as HTML, sanitised as practice bodies are.' })
  bodyHtml(@Parent() section: PolicyToolTranslationSection): string {
    return renderMarkdown(section.body);
  }
}

/** "A practice shows the tools that cite it": a field on Practice, answered from this context's read model. */
@Resolver(() => PracticeNode)
export class PracticeCitingToolsResolver {
  constructor(private readonly directory: PolicyToolDirectory) {}

  @ResolveField(() => [PolicyTool], { description: 'The released policy tools whose current edition gives this practice as an example.' })
  async citedByPolicyTools(@Parent() practice: PracticeNode): Promise<PolicyTool[]> {
    return (await this.directory.citing(practice.id)).map((r) => policyToolView(r.doc, r.revision));
  }
}

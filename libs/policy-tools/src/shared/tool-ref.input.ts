import { Field, InputType, Int } from '@nestjs/graphql';
import { GlobalIdField } from '@pfp/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';

/** The tool a command is about, and the revision the client saw. */
@InputType({ isAbstract: true })
export class ToolRefInput {
  @GlobalIdField('policyTool')
  toolId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

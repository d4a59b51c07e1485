import {concept, type Lexicon} from './types.js';

// Deep ML mechanics: fine for an engineer, a rabbit hole for a PM unless tied to a decision.
export const JARGON: Lexicon = {
	name: 'jargon',
	terms: [
		...concept('architecture', [
			'transformers?', 'self-?attention', 'multi-?head\\w*', 'attention (?:heads?|layers?|mechanism|weights|scores|is all you need)', 'encoder\\w*', 'decoder\\w*',
			'feed-?forward', 'residual (?:connections?|streams?)', 'layer ?norm\\w*', 'positional (?:encodings?|embeddings?)', 'rotary', 'mixture[- ]of[- ]experts', 'moe',
			'convolution\\w*', 'cnns?', 'rnns?', 'lstms?', 'recurrent', 'neurons?', 'hidden (?:layers?|states?|dimensions?)', 'layers', 'parameters', 'billion[- ]parameters?', 'weights',
			'softmax', 'logits?', 'activations?', 'relu', 'gelu', 'kv[- ]cache', 'quadratic', 'tokeni[sz]\\w+', 'byte[- ]pair', 'vocabular\\w+', 'embedding (?:space|dimensions?|vectors?)',
			'cross-?attention', 'neural (?:networks?|nets?)', 'adversary networks?', 'u-?nets?', 'autoencoders?', 'latent (?:space|diffusion|representations?|vectors?)', 'internal representations?',
			'diffusion (?:models?|process)', 'gaussian', 'noise', 'denois\\w*', 'bi-?encoders?', 'cross-?encoders?', 'backbones?', 'vit', 'patch embeddings?', 'bounding[- ]box\\w*',
			'nearest[- ]neighbou?rs?', 'hnsw', 'bm25', 'faiss', 'dcg', 'ndcg', 'mrr', 'exposure-based', 'position-discount', 'gradient-?boost\\w*', 'estimators', 'cardinality', 'one-hot',
			'vectors?', 'dimensional\\w*', 'matri(?:x|ces)', 'dot products?', 'queries, keys(?: and|,) values', 'keys? and values?', 'cosine similarity',
		]),
		...concept('training', [
			'optimi[sz]ers?', 'adam\\w*', 'sgd', 'stochastic gradient', 'gradients?', 'backprop\\w*', 'loss (?:functions?|curves?|landscape)', 'cross-?entropy', 'learning rates?',
			'warm-?up', 'schedul\\w+', 'epochs?', 'batch (?:sizes?|norm\\w*)', 'dropout', 'regulari[sz]\\w+', 'overfit\\w*', 'convergen\\w+', 'pre-?train\\w*', 'next[- ]token prediction',
			'rlhf', 'dpo', 'ppo', 'reward models?', 'kl (?:divergence|penalty)', 'perplexity', 'hyperparameters?', 'distillation', 'mixed precision', 'fp16', 'bf16', 'quantiz\\w+', 'int8', '4-?bit',
			'gradient-?reversal', '(?:pre|in|post)-processing', 'contrastive', 'hard[- ]negatives?', 'in-batch', 'classifier-free', 'guidance scale', 'early stopping', 'cross-?validation', 'leakage',
			'catastrophic forgetting', 'underfit\\w*', 'loss scaling', 'weight decay', 'attend\\w* (?:jointly|over)', 'flops', 'gpus?', 'tpus?', 'vram',
		]),
		...concept('finetune-mechanics', [
			'lora', 'qlora', 'low[- ]rank', 'rank \\d+', 'adapters?', 'peft', 'frozen (?:weights|layers)', 'freez\\w+ (?:the )?(?:base|weights|layers)', 'full fine-?tun\\w*', 'parameter[- ]efficient',
		]),
		// how evaluation metrics and retrieval pipelines work inside: the PM needs the result, not the mechanics
		...concept('metric-mechanics', [
			'rouge-?(?:\\d|l)\\S*', 'n-?gram(?: overlap)?', 'bertscore', 'contextual embeddings?', 'token-?level', 'greedy matching', 'nli(?:-based)?', 'entailment', 'premise', 'expected calibration error',
			'bin(?:s|ning)? (?:the )?(?:predicted )?probabilit\\w+', 'temperature scaling', '(?:negative )?log[- ]likelihood', 'scalar', "cohen['’]?s kappa", 'reference summar\\w+', 'rescal\\w+',
			'auc', 'roc(?: curves?)?', 'brier', 'f-?beta', 'macro-?(?:averag\\w+|f1)', 'micro-?averag\\w+', 'confusion matri(?:x|ces)', 'logistic regression', 'sigmoid',
		]),
		...concept('retrieval-mechanics', [
			'chunk(?:s|ing|ed)?', 'chunk (?:sizes?|boundar\\w+)', 'token overlap', 'recursive split\\w*', 'metadata', 'long-?context', 'pool(?:ing|ed)? (?:the )?(?:token )?embeddings', 'matryoshka', 'truncat\\w+ (?:the )?dimensions',
			'hybrid search', 'dense (?:retrieval|vectors?)', 'sparse (?:retrieval|vectors?)', 're-?rankers?', 'max(?:imum)? sequence length', 'leaderboards?', 'vector (?:databases?|stores?|index\\w*)', 'index(?:es|ing)? (?:internals|structure)',
			'approximate nearest', 'ivf', 'product quantization',
		]),
		// serving, long context and agent-security internals
		...concept('serving-internals', [
			'(?:ring|paged|grouped-query|flash|sparse|linear|sliding[- ]window|vanilla) attention', 'flashattention\\S*', 'kv[- ]?cache', 'rope(?: scaling)?', 'yarn', 'position(?:al)? interpolation', 'sequence length', 'shard\\w*', 'lost[- ]in[- ]the[- ]middle', 'needle[- ]in[- ]a[- ]haystack',
			'speculative decoding', 'draft model', 'prefix caching', 'continuous batching', 'kernels?', 'vllm', 'awq', 'gptq', 'int4', 'p(?:50|90|95|99)', 'throughput', 'tokens? per second', 'batched',
			'instruction hierarchy', 'spotlighting', 'datamark\\w*', 'base64', 'dual[- ]llm', 'attack success rate', 'parameteri[sz]ed quer\\w+', 'capabilit(?:y|ies)[- ]based', 'policy engine', 'symbolic references?',
		]),
		...concept('tuning-mechanics', [
			'grid[- ]search\\w*', 'sweep\\w*', 'entropy', 'lambda', 'intra-list', 'dpp', 'determinantal', 'diversity (?:weight|penalty|term)', 'decomposition', 'objective function', 'regulari[sz]ation term', 'embedding space',
		]),
		...concept('decoding', ['beam search', 'top-?[kp]', 'nucleus sampling', 'temperature', 'greedy decoding', 'sampling strateg\\w+', 'decoding']),
		...concept('papers', ['papers?', 'arxiv', 'vaswani', 'et al', 'state[- ]of[- ]the[- ]art', 'sota', 'scaling laws?', 'chinchilla', 'bert', 'gpt-?\\d', 'llama', 'ablations?']),
	],
};

// Language that ties technical knowledge back to a product decision, users or constraints.
export const DECISION_TIES: Lexicon = {
	name: 'decision-ties',
	terms: [
		...concept('decision', [
			'which meant (?:we|i|that)', 'so we (?:chose|picked|went|decided|used|shipped|started)', 'so i (?:chose|picked|went|decided|recommended|proposed)', 'we (?:chose|picked|decided|opted)',
			'i (?:chose|picked|decided|recommended|proposed|pushed)', 'trade-?offs?', 'instead of', 'rather than', 'over fine-?tun\\w*', 'over (?:building|training)', 'decision', 'decid\\w+', 'in practice',
			'for (?:the|our) (?:product|users?|team|customers?)', 'what (?:that|this) means for', 'which is why', 'that(?:\'s| is) why', 'good enough', 'start (?:with|simple)',
		]),
		...concept('constraint', ['costs?', 'cheap\\w*', 'expensive', 'budget', 'latency', 'fast(?:er)?', 'slow(?:er)?', 'deadlines?', 'weeks?', 'months?', 'timeline', 'time to market', 'roadmap', 'engineering (?:effort|time)', 'maintenance', 'headcount']),
		...concept('user', ['users?', 'customers?', 'people', 'agents', 'the experience', 'ux', 'the product', 'business', 'stakeholders?', 'non-?technical', 'explain\\w* (?:it|this) to']),
		...concept('simple', ['in plain (?:terms|english|words)', 'simply put', 'put simply', 'think of it as', 'like a', 'analogy', 'in short', 'the intuition']),
	],
};
